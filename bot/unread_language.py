"""Messages in a writing system the assistant cannot read get the lines that answer in every language.

The classifier, the sentence encoder and the risk rules know English and
Spanish. On Chinese, Arabic or Russian text their guesses are noise: a
request for a school came out as "suicide", and a trafficking message as
nothing. So a message mostly in a non-Latin script becomes `other_language`,
whose reply (domain.yml) names the hotlines that answer through interpreters,
with the escalation marker so a channel shows call buttons a reader of any
language can press. Placed after the classifier and before RiskDetector: a
rule finding in the same message still escalates.

A message in the Latin script may be in a language the classifier never
learned either (Kinyarwanda, Hmong, Darija...): it answers `out_of_scope`,
sure of itself, to "mama yanyoye imiti myinshi cyane, ntavuga". For those,
`written_in_another_language` tells whether it is neither English nor
Spanish, and RiskDetector gives the same lines when the nearest examples
(the multilingual encoder) do not lean away from risk.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from typing import Any

from lingua import Language, LanguageDetector, LanguageDetectorBuilder
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.encoder import model_dir
from bot.risk.detector import normalise_text

OTHER_LANGUAGE = "other_language"
# Share of letters outside the Latin script from which a message counts as unreadable.
UNREAD_SHARE_KEY = "unread_share"
# A Latin-script message of at least this many words, fewer than this share of them English
# words, is checked for its language. Measured on the blind rounds: English texting ("lol fr
# ngl im so done w this") passes the word check, which the language models alone get wrong.
MIN_WORDS = 3
ENGLISH_SHARE = 0.5
READ_LANGUAGES = frozenset({Language.ENGLISH, Language.SPANISH})
LANGUAGE_SAMPLE = 2000  # characters; a language shows long before that, and a huge message costs no more


def unread_share(text: str) -> float:
    """Share of the letters that are not Latin ("你好 hi" is 0.5); 0.0 without letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    unread = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith("LATIN"))
    return unread / len(letters)


def written_in_another_language(text: str) -> bool:
    """Neither English nor Spanish, in the Latin script: few English words, and lingua names another language."""
    words = re.findall(r"[^\W\d_]{2,}", normalise_text(text))
    if len(words) < MIN_WORDS:
        return False
    english = _english_words()
    if sum(word in english for word in words) / len(words) >= ENGLISH_SHARE:
        return False
    likeliest = _language_detector().compute_language_confidence_values(text[:LANGUAGE_SAMPLE])
    return bool(likeliest) and likeliest[0].language not in READ_LANGUAGES


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The whole words of MiniLM's English word-piece vocabulary (about 22,500), already installed."""
    vocabulary = json.loads((model_dir() / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
    return frozenset(piece for piece in vocabulary if piece.isalpha())


@lru_cache(maxsize=1)
def _language_detector() -> LanguageDetector:
    """lingua's 75 languages in low-accuracy mode: 90 MB instead of 1.3 GB, and enough once the word check has
    let English through."""
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().with_preloaded_language_models().build()


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
