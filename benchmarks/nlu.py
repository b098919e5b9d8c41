"""Part 4: understanding quality on a held-out split, and the risk rules on the same messages.

`rasa data split nlu` keeps a fixed share of every intent aside, an NLU-only
model is trained on the rest with our config, and `rasa test nlu` scores it.
The figures are quality, not time, so they do not drift with the machine and
carry no stock reference. The risk rules have no training step; they were
written while reading the first examples, not the later blind-written rounds,
so their figures here mix tuned and unseen wording.
"""
from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from bot.paths import ROOT
from bot.risk import KINDS, detect
from bot.training import rasa_command, rasa_env

RISK_INTENT_PREFIX = "risk_"
NO_RISK = "none"


def _rasa(log: IO, *args: str) -> None:
    subprocess.run(rasa_command(*args), cwd=ROOT, env=rasa_env(), stdout=log, stderr=subprocess.STDOUT, check=True)


def examples(path: Path) -> list[tuple[str, str]]:
    """(text, intent) pairs as Rasa reads them, entity markup removed."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # importing Rasa wakes TensorFlow, which is chatty
    from rasa.shared.nlu.training_data.loading import load_data  # slow import, only where needed

    return [(m.get("text"), m.get("intent")) for m in load_data(str(path)).intent_examples]


def precision_recall(pairs: Iterable[tuple[str, str]], label: str) -> dict[str, float | int]:
    """Precision, recall and F1 of one label over (expected, found) pairs."""
    pairs = list(pairs)
    true_pos = sum(expected == label and found == label for expected, found in pairs)
    found = sum(f == label for _, f in pairs)
    expected = sum(e == label for e, _ in pairs)
    precision = true_pos / found if found else 0.0
    recall = true_pos / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": expected}


def risk_figures(messages: list[tuple[str, str]]) -> dict[str, Any]:
    """Per kind (the most urgent kind found against the risk_ intent), and any-risk-at-all."""
    pairs = []
    for text, intent in messages:
        expected = intent.removeprefix(RISK_INTENT_PREFIX) if intent.startswith(RISK_INTENT_PREFIX) else NO_RISK
        found = detect(text)
        pairs.append((expected, found[0] if found else NO_RISK))
    flagged = [("risk" if e != NO_RISK else NO_RISK, "risk" if f != NO_RISK else NO_RISK) for e, f in pairs]
    return {
        "messages": len(pairs),
        "any_risk": precision_recall(flagged, "risk"),
        "kinds": {kind: precision_recall(pairs, kind) for kind in KINDS},
    }


def run(nlu_data: Path, fraction: float, seed: int, log: IO) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-nlu-") as folder:
        work = Path(folder)
        _rasa(log, "data", "split", "nlu", "--nlu", str(nlu_data), "--training-fraction", str(fraction),
              "--random-seed", str(seed), "--out", str(work / "split"))  # fmt: skip
        train, test = work / "split" / "training_data.yml", work / "split" / "test_data.yml"
        print("  training an NLU-only model on the training split", flush=True)
        _rasa(log, "train", "nlu", "--config", "config.yml", "--nlu", str(train),
              "--out", str(work / "models"), "--fixed-model-name", "nlu")  # fmt: skip
        print("  rasa test nlu on the held-out split", flush=True)
        _rasa(log, "test", "nlu", "--model", str(work / "models" / "nlu.tar.gz"), "--nlu", str(test),
              "--out", str(work / "results"))  # fmt: skip
        report = json.loads((work / "results" / "intent_report.json").read_text())
        held_out = examples(test)
    summary_keys = ("accuracy", "micro avg", "macro avg", "weighted avg")
    return {
        "nlu_data": str(nlu_data.resolve().relative_to(ROOT) if nlu_data.resolve().is_relative_to(ROOT) else nlu_data),
        "training_fraction": fraction,
        "seed": seed,
        "intents": {
            "summary": {key: report[key] for key in summary_keys if key in report},
            "per_intent": {k: v for k, v in report.items() if k not in summary_keys and isinstance(v, dict)},
        },
        "risk_detector": {"held_out": risk_figures(held_out), "all_examples": risk_figures(examples(nlu_data))},
    }
