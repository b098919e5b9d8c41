"""Train the Rasa model only when its inputs changed.

Training takes a minute or more; the model file is named after a hash of
everything that shapes it (config, domain, training data), so `make run`,
`make test` and CI reuse it until one of those files changes.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from bot.paths import MODELS_DIR, ROOT

# The code of our trainable components counts too: what they store in the
# model changes with it.
TRAINING_INPUTS = (
    "config.yml",
    "domain.yml",
    "data/*.yml",
    "data/nlu/*.yml",
    "bot/encoder.py",
    "bot/exact_examples.py",
    "bot/sentence_featurizer.py",
    "bot/risk/component.py",
    "bot/risk/neighbours.py",
    "bot/risk/ngrams.py",
    "bot/risk/ngram_component.py",
    "tests/data/risk_eval.csv",
)


def training_files(root: Path = ROOT) -> list[Path]:
    """The files a model depends on; the directory seed and the risk rules are not among them,
    the evaluation set is (the n-gram model learns from its non-held-out messages)."""
    files: set[Path] = set()
    for pattern in TRAINING_INPUTS:
        files.update(root.glob(pattern))
    return sorted(files)


def training_hash(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for path in training_files(root):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def model_path(root: Path = ROOT) -> Path:
    return MODELS_DIR / f"model-{training_hash(root)}.tar.gz"


def rasa_env() -> dict[str, str]:
    """Environment for every Rasa process: offline, quiet, and able to import `bot`."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    env.setdefault("PYTHONWARNINGS", "ignore")
    return env


def rasa_command(*args: str) -> list[str]:
    """Run the venv's Rasa as a module so it works whatever is on PATH."""
    return [sys.executable, "-m", "rasa", *args]


def ensure_model(root: Path = ROOT, quiet: bool = False) -> Path:
    """Return the model for the current inputs, training it first if it is missing."""
    target = model_path(root)
    if target.exists():
        return target
    MODELS_DIR.mkdir(exist_ok=True)
    log = subprocess.DEVNULL if quiet else None
    subprocess.run(
        rasa_command(
            "train", "--config", "config.yml", "--domain", "domain.yml", "--data", "data",
            "--out", str(MODELS_DIR), "--fixed-model-name", target.name.removesuffix(".tar.gz"),
        ),
        cwd=root, env=rasa_env(), check=True, stdout=log, stderr=log,
    )
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the Rasa model if config, domain or data changed.")
    parser.add_argument("--quiet", action="store_true", help="hide Rasa's training output")
    args = parser.parse_args()
    print(ensure_model(quiet=args.quiet))


if __name__ == "__main__":
    main()
