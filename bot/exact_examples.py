"""A message that is word for word a training example gets that example's intent.

Why: the classifiers learn from about 8,000 examples, most of them risk
messages and their look-alikes, and the few short everyday ones drown:
"no" came out as `nlu_fallback` (deny at 0.35), "no thanks" as `thank` and
"what can you do" as `out_of_scope`, though each is an example of the right
intent. Someone answering "no" to "Do you want more options?" must not be
told they were not understood. Rasa's KeywordIntentClassifier would not do:
it matches a keyword anywhere in the message, so "help" would answer "help
me he has a gun" before the classifiers saw it.

Only whole messages match (case, spacing and closing punctuation aside), and
only texts that the training data gives one intent. Placed after the
classifiers and before RiskDetector, so the risk rules still read every
message and their finding still decides.
"""
from __future__ import annotations

import json
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

EXAMPLES_FILE = "exact_examples.json"
# Trailing marks that do not change what a short answer means ("no." "yes!!" "help?").
CLOSING_MARKS = " .!?,;:"


def example_key(text: str) -> str:
    """The form two messages share when they differ only in case, spacing or closing punctuation."""
    return " ".join(text.replace("\u2019", "'").casefold().split()).rstrip(CLOSING_MARKS)


def intents_by_text(examples: list[Message]) -> dict[str, str]:
    """Each example text with its intent; a text the data gives two intents is left to the classifiers."""
    seen: dict[str, set[str]] = {}
    for example in examples:
        text, intent = example.get(TEXT), example.get(INTENT)
        if isinstance(text, str) and intent and example_key(text):
            seen.setdefault(example_key(text), set()).add(intent)
    return {key: next(iter(names)) for key, names in seen.items() if len(names) == 1}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class ExactExampleClassifier(GraphComponent, IntentClassifier):
    """Puts a training example's own intent first, sure, when a message is that example."""

    def __init__(
        self,
        model_storage: ModelStorage,
        resource: Resource,
        intents: dict[str, str] | None = None,
    ) -> None:
        self.intents = intents or {}
        self._model_storage = model_storage
        self._resource = resource

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ExactExampleClassifier:
        return cls(model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> ExactExampleClassifier:
        with model_storage.read_from(resource) as folder:
            intents = json.loads((folder / EXAMPLES_FILE).read_text(encoding="utf-8"))
        return cls(model_storage, resource, intents)

    def train(self, training_data: TrainingData) -> Resource:
        self.intents = intents_by_text(training_data.intent_examples)
        with self._model_storage.write_to(self._resource) as folder:
            (folder / EXAMPLES_FILE).write_text(json.dumps(self.intents, ensure_ascii=False), encoding="utf-8")
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            name = self.intents.get(example_key(text)) if isinstance(text, str) else None
            if name:
                self._set_intent(message, name)
        return messages

    @staticmethod
    def _set_intent(message: Message, name: str) -> None:
        """The example's intent first at 1.0; the classifiers' other guesses stay below it for RiskDetector."""
        decision = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: 1.0}
        others = [entry for entry in message.get(INTENT_RANKING_KEY) or [] if entry.get(INTENT_NAME_KEY) != name]
        message.set(INTENT, decision, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [dict(decision), *others], add_to_output=True)
