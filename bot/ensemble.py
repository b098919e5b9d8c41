"""Averages the intent rankings of several classifiers trained alike but for their random seed.

Why: one DIET model is sure of itself (confidences near 0 or 1) and wrong in
ways that change from one training run to the next: "best way to sharpen
kitchen knives" came out as suicide at 1.00 from one run and as nothing from
another. Averaging a few runs keeps what they agree on, so a slip of one run
no longer decides, and a risk intent all of them see still does. Put one
`IntentVote` after each classifier in config.yml: each adds that
classifier's ranking to the votes so far and leaves their average as the
message's intent and ranking.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY
from rasa.shared.nlu.training_data.message import Message

VOTES = "intent_votes"
# How many intents the averaged ranking keeps, as DIET's default ranking_length.
RANKING_LENGTH_KEY = "ranking_length"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class IntentVote(GraphComponent, IntentClassifier):
    """Adds the ranking the classifier before it left to the message's votes, and sets their average."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {RANKING_LENGTH_KEY: 10}

    def __init__(self, config: dict[str, Any]) -> None:
        self.ranking_length = int({**self.get_default_config(), **config}[RANKING_LENGTH_KEY])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> IntentVote:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            ranking = message.get(INTENT_RANKING_KEY)
            if not ranking:
                continue  # nothing classified this message (e.g. empty text)
            votes = [*(message.get(VOTES) or []), [dict(entry) for entry in ranking]]
            message.set(VOTES, votes)
            averaged = average_rankings(votes)[: self.ranking_length or None]
            message.set(INTENT, dict(averaged[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, averaged, add_to_output=True)
        return messages


def average_rankings(votes: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Mean confidence of each intent over the votes (an intent missing from a vote counts 0), best first."""
    total: dict[str, float] = defaultdict(float)
    for ranking in votes:
        for entry in ranking:
            total[entry[INTENT_NAME_KEY]] += float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
    averaged = [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: score / len(votes)} for name, score in total.items()]
    return sorted(averaged, key=lambda entry: (-entry[PREDICTED_CONFIDENCE_KEY], entry[INTENT_NAME_KEY]))
