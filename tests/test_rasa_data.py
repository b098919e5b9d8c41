"""The training data is consistent, and the dialogue follows the test stories exactly."""
from __future__ import annotations

import subprocess
from pathlib import Path

from bot.paths import ROOT
from bot.training import rasa_command, rasa_env


def run_rasa(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        rasa_command(*args), cwd=ROOT, env=rasa_env(), capture_output=True, text=True, timeout=900
    )


def test_data_validates_without_warnings() -> None:
    result = run_rasa("data", "validate", "--fail-on-warnings", "--config", "config.yml", "--domain", "domain.yml", "--data", "data")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


def test_stories_are_predicted_without_errors(model: Path, tmp_path: Path) -> None:
    result = run_rasa(
        "test", "core", "--model", str(model), "--stories", "tests/stories.yml",
        "--fail-on-prediction-errors", "--out", str(tmp_path),
    )
    failed = tmp_path / "failed_test_stories.yml"
    details = failed.read_text() if failed.exists() else ""
    assert result.returncode == 0, details + result.stdout[-4000:] + result.stderr[-4000:]


def test_every_intent_has_twenty_examples() -> None:
    from rasa.shared.nlu.training_data.loading import load_data

    counts = load_data(str(ROOT / "data" / "nlu")).number_of_examples_per_intent
    assert counts, "no NLU data found"
    assert {intent: n for intent, n in counts.items() if n < 20} == {}
