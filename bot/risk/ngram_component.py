"""The Rasa NLU component that gives every message the n-gram model's odds (bot/risk/ngrams.py).

It only annotates: RiskDetector, after it in config.yml, reads the odds
(`RISK_ODDS_KEY`) and decides. It trains from the evaluation set's non-held-out
messages, a file Rasa does not see as training data, and from the NLU
examples; the file's hash, and the code's, are part of the component's
fingerprint, so a changed set is never answered from Rasa's cache.
"""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Collection
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.paths import ROOT
from bot.risk import ngrams
from bot.risk.component import kinds_of_example
from bot.risk.ngrams import RISK_ODDS_KEY, NgramModel, training_examples

logger = logging.getLogger(__name__)

EXAMPLES_KEY = "examples"
C_KEY = "c"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class RiskNgrams(GraphComponent):
    """Trains the n-gram model on the evaluation set and sets each message's RiskOdds."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {EXAMPLES_KEY: "tests/data/risk_eval.csv", C_KEY: 20.0}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage | None = None,
        resource: Resource | None = None,
        model: NgramModel | None = None,
    ) -> None:
        self.component_config = {**self.get_default_config(), **config}
        self.model = model
        self._model_storage = model_storage
        self._resource = resource

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RiskNgrams:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> RiskNgrams:
        """Without a stored model the other layers still decide, as they did before this one existed."""
        model = None
        try:
            with model_storage.read_from(resource) as folder:
                model = NgramModel.load(folder)
        except (ValueError, OSError, EOFError):
            logger.warning("risk n-grams: no trained model stored; the other layers decide alone")
        return cls(config, model_storage, resource, model)

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """The examples file and the model's code: Rasa's cache sees neither."""
        digest = hashlib.sha256()
        for path in (examples_path({**cls.get_default_config(), **config}), Path(__file__), Path(ngrams.__file__)):
            digest.update(path.read_bytes() if path.exists() else b"missing")
        return digest.hexdigest()

    def train(self, training_data: TrainingData) -> Resource:
        """The evaluation set's messages and the classifier's own examples: without the everyday answers
        among the latter ("no", "idk", "i need someone to call"), a short answer read as likely risk."""
        self.model = train_model(self.component_config, training_data)
        if self._model_storage is not None and self._resource is not None:
            with self._model_storage.write_to(self._resource) as folder:
                self.model.save(folder)
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        if self.model is not None:
            for message in messages:
                message.set(RISK_ODDS_KEY, self.model.odds(message.get(TEXT) or ""))
        return messages


def train_model(config: dict[str, Any], training_data: TrainingData, leave_out: Collection[str] = frozenset()) -> NgramModel:
    """The model RiskNgrams trains with this config; `leave_out` as in `training_examples`."""
    texts, kinds = training_examples(examples_path(config), leave_out)
    for example in training_data.intent_examples:
        texts.append(example.get(TEXT) or "")
        kinds.append(tuple(kinds_of_example(example)))
    return NgramModel.train(texts, kinds, float(config[C_KEY]))


def examples_path(config: dict[str, Any]) -> Path:
    """The configured examples file, relative to the project root unless absolute."""
    return ROOT / str(config[EXAMPLES_KEY])
