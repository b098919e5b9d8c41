"""A Rasa featurizer that gives every message a pretrained sentence embedding.

Why: the count-vector features only know the words of our training examples,
so a paraphrase with new words ("the pills are counted out on the dresser")
looked like nothing to the classifier. With an embedding from bot/encoder.py
as a sentence feature, DIET places such a message near the examples it means
the same as. Only the sentence feature is set: DIET reads intents from it, and
the count vectors still give the word-level sequence features. config.yml
lists it once per encoder; Rasa joins their features side by side.
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

from bot.encoder import ENCODERS, MINILM, shared_encoder

logger = logging.getLogger(__name__)

ENCODER_KEY = "encoder"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds the embedding of the message text by the configured encoder as a dense sentence feature."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DenseFeaturizer.get_default_config(), ENCODER_KEY: MINILM}

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """A misspelt encoder name must stop training, not fall back to another model."""
        name = config.get(ENCODER_KEY, MINILM)
        if name not in ENCODERS:
            raise ValueError(f"unknown sentence encoder {name!r}; known: {', '.join(sorted(ENCODERS))}")

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEmbeddingFeaturizer:
        """Loads the encoder now, at model load, so the first person to write does not wait."""
        featurizer = cls(execution_context.node_name, {**cls.get_default_config(), **config})
        shared_encoder(featurizer._config[ENCODER_KEY])
        return featurizer

    def process(self, messages: list[Message]) -> list[Message]:
        # Intent-only examples (stories) and empty messages have nothing to embed.
        with_text = [message for message in messages if message.get(TEXT)]
        encoder = shared_encoder(self._config[ENCODER_KEY])
        for message, embedding in zip(with_text, encoder.encode([message.get(TEXT) for message in with_text])):
            self.add_features_to_message(sequence=None, sentence=embedding[None, :], attribute=TEXT, message=message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
