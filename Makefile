# Two commands do everything on a fresh clone: `make run` and `make test`.
# Each sets up whatever is missing first (venv, directory, model).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
export PYTHONPATH := $(CURDIR)
export RASA_TELEMETRY_ENABLED := false

DIRECTORY_INPUTS := data/directory/ct_directory.csv data/directory/status_overrides.csv \
	$(wildcard data/geo/*.csv) $(wildcard bot/directory/*.py) bot/geo.py

.PHONY: help setup run admin test train shell bench clean eval-risk chromium screenshots

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

setup: $(VENV)/.installed resources.db ## create the venv and build resources.db (if missing or out of date)

$(VENV)/.installed: requirements.lock requirements-encoder.txt scripts/setup-venv.sh pyproject.toml
	scripts/setup-venv.sh

# Built from the seed when missing or when the seed changed, but once staff have
# changed it (see `directory audit`) it is the source of truth: build then leaves
# it alone with a notice instead of erasing their work (README, "Keeping the directory current").
resources.db: $(VENV)/.installed $(DIRECTORY_INPUTS)
	$(PY) -m bot.directory build --db $@ --keep-edited

train: setup ## train the Rasa model if config, domain or data changed
	$(PY) -m bot.training

run: setup ## start the action server (5055), the Rasa server (5005, REST channel) and the staff page (5077); Ctrl-C stops all
	$(PY) -m bot.serve

admin: setup ## start only the staff web page (http://127.0.0.1:5077; accounts: directory user add NAME)
	$(PY) -m bot.admin

shell: setup ## talk to the assistant in this terminal
	$(PY) -m bot.serve --shell

test: setup chromium ## run the whole test suite (trains the model once if needed)
	$(PY) -m pytest

chromium: ## install Debian's chromium for the browser tests, if missing (root, apt-get)
	@scripts/setup-chromium.sh

screenshots: setup chromium ## chat widget screenshots (desktop, 360 px phone) into docs/ for the README
	WIDGET_SCREENSHOTS=docs $(PY) -m pytest tests/test_widget_screenshots.py -q

eval-risk: setup ## risk recall per kind, precision, confusion and every miss on tests/data/risk_eval.csv (rules, then all four layers)
	$(PY) -m bot.risk.evaluate --split dev
	$(PY) -m bot.risk.evaluate --split heldout --with-model

bench: setup ## benchmarks beside stock Rasa and a naive scan (~20 min); writes docs/benchmarks.md (not in make test)
	$(PY) -m benchmarks all

clean: ## remove built files (venv, model, directory); staff.db (staff accounts) is kept
	rm -rf $(VENV) models resources.db resources.db-wal resources.db-shm
