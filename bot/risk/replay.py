"""A loaded model with its risk settings changed, or with n-grams that never saw some rounds.

Why: each threshold in component.py was chosen by replaying blind rounds
under several settings, with an n-gram model that had not learnt those
rounds (once a round joins `tune`, the n-grams have seen every message of
it and score it far too well). `python -m bot.risk.evaluate --with-model`
takes `--set KEY=VALUE` and `--hold-back ROUND.csv` and comes here, so a
figure in component.py or docs/risk-history.md can be made again:

    python -m bot.risk.evaluate --round r1.csv --with-model \
        --hold-back r1.csv --set ngram_suicide_from=0.3

Only the model in memory changes; nothing is written. Holding back trains
the n-grams again (about two minutes).
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rasa.core.agent import Agent
from rasa.engine.graph import GraphComponent
from rasa.shared.importers.importer import TrainingDataImporter
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.paths import ROOT
from bot.risk.component import NEIGHBOURS_KEY, RiskDetector
from bot.risk.ngram_component import RiskNgrams, train_model
from bot.risk.ngrams import folded


def parse_settings(pairs: Iterable[str]) -> dict[str, Any]:
    """`KEY=VALUE` pairs as RiskDetector config, each value of its default's type; ValueError names the keys.

    The number of neighbours is not among them: it is fixed when the model is trained.
    """
    defaults = {key: value for key, value in RiskDetector.get_default_config().items() if key != NEIGHBOURS_KEY}
    settings: dict[str, Any] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        key = key.strip()
        if key not in defaults or not value.strip():
            raise ValueError(f"{pair!r}: expected KEY=VALUE with KEY one of {', '.join(sorted(defaults))}")
        kind = type(defaults[key])
        try:
            settings[key] = kind(value.strip())
        except ValueError:
            raise ValueError(f"{pair!r}: {key} takes a{'n' if kind is int else ''} {kind.__name__}") from None
    return settings


def round_texts(rounds: Iterable[Path]) -> set[str]:
    """Every message of these `kinds,text` files, folded as the n-grams' training set compares them."""
    texts: set[str] = set()
    for path in rounds:
        with path.open(encoding="utf-8", newline="") as handle:
            texts.update(folded(row["text"]) for row in csv.DictReader(handle))
    return texts


def adjust(agent: Agent, settings: dict[str, Any], hold_back: Sequence[Path] = ()) -> None:
    """Swap the loaded RiskDetector for one with `settings`, and the n-grams for ones trained without `hold_back`."""
    nodes = agent.processor.graph_runner._instantiated_nodes  # Rasa 3.6 keeps no public handle on a loaded component
    for node in nodes.values():
        component: GraphComponent = node._component
        if isinstance(component, RiskDetector) and settings:
            node._component = RiskDetector(
                {**component.component_config, **settings},
                component._model_storage,
                component._resource,
                component.neighbours,
            )
        elif isinstance(component, RiskNgrams) and hold_back:
            component.model = train_model(component.component_config, _nlu_data(), round_texts(hold_back))


def _nlu_data() -> TrainingData:
    """The NLU examples `make train` reads (bot/training.py)."""
    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")]
    )
    return importer.get_nlu_data()
