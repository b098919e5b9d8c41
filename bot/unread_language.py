"""Messages in a writing system the assistant cannot read get the lines that answer in every language.

The classifier, the sentence encoder and the risk rules know English and
Spanish. On Chinese, Arabic or Russian text their guesses are noise: a
request for a school came out as "suicide", and a trafficking message as
nothing. So a message mostly in a non-Latin script becomes `other_language`,
whose reply (domain.yml) names the hotlines that answer through interpreters,
with the escalation marker so a channel shows call buttons a reader of any
language can press. Placed after the classifier and before RiskDetector: a
rule finding in the same message still escalates.
"""
from __future__ import annotations

import unicodedata
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

OTHER_LANGUAGE = "other_language"
# Share of letters outside the Latin script from which a message counts as unreadable.
UNREAD_SHARE_KEY = "unread_share"


def unread_share(text: str) -> float:
    """Share of the letters that are not Latin ("你好 hi" is 0.5); 0.0 without letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    unread = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith("LATIN"))
    return unread / len(letters)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class UnreadLanguageClassifier(GraphComponent, IntentClassifier):
    """Sets `other_language` on messages mostly in a script the pipeline cannot read."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {UNREAD_SHARE_KEY: 0.5}

    def __init__(self, config: dict[str, Any]) -> None:
        self.threshold = float({**self.get_default_config(), **config}[UNREAD_SHARE_KEY])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> UnreadLanguageClassifier:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and unread_share(text) >= self.threshold:
                decision = {INTENT_NAME_KEY: OTHER_LANGUAGE, PREDICTED_CONFIDENCE_KEY: 1.0}
                message.set(INTENT, decision, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [dict(decision)], add_to_output=True)
        return messages
