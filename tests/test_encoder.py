"""The NumPy sentence encoder and the Rasa featurizer that hands its embeddings to DIET."""
from __future__ import annotations

import numpy as np
import pytest
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.encoder import MAX_TOKENS, SentenceEncoder, shared_encoder
from bot.sentence_featurizer import SentenceEmbeddingFeaturizer


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return shared_encoder()


def test_matches_the_published_sentence_transformers_similarity(encoder: SentenceEncoder) -> None:
    """sentence-transformers' documentation gives 0.7553 for this pair with all-MiniLM-L6-v2:
    the same figure from our NumPy forward pass shows the weights and every layer are right."""
    food, bread = encoder.encode(["A man is eating food.", "A man is eating a piece of bread."])
    assert float(food @ bread) == pytest.approx(0.7553, abs=5e-4)


def test_paraphrases_are_closer_than_unrelated_text(encoder: SentenceEncoder) -> None:
    papers, documents, weather = encoder.encode(
        ["my boss took my passport", "the employer is keeping her documents", "the weather is lovely today"]
    )
    assert papers @ documents > papers @ weather + 0.2


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "🆘" * 50, "word " * 5000, "<script>alert(1)</script>"])
def test_any_text_gives_one_unit_vector(encoder: SentenceEncoder, text: str) -> None:
    vector = encoder.encode_one(text)
    assert vector.shape == (encoder.dimension,) and np.isfinite(vector).all()
    assert float(np.linalg.norm(vector)) == pytest.approx(1.0, abs=1e-4)


def test_long_text_is_cut_to_what_the_encoder_was_trained_on(encoder: SentenceEncoder) -> None:
    assert len(encoder.tokenizer.encode("word " * 5000).ids) == MAX_TOKENS


def test_encode_of_nothing_is_an_empty_matrix(encoder: SentenceEncoder) -> None:
    assert encoder.encode([]).shape == (0, encoder.dimension)


def featurized(text: str) -> Message:
    message = Message(data={TEXT: text})
    WhitespaceTokenizer(WhitespaceTokenizer.get_default_config()).process([message])
    featurizer = SentenceEmbeddingFeaturizer("sentence_embedding", SentenceEmbeddingFeaturizer.get_default_config())
    featurizer.process_training_data(TrainingData([message]))
    return message


def test_featurizer_adds_the_embedding_as_the_sentence_feature(encoder: SentenceEncoder) -> None:
    message = featurized("he keeps my ID and says I owe for the trip")
    sequence, sentence = message.get_dense_features(TEXT)
    assert sequence is None
    assert sentence.features.shape == (1, encoder.dimension)
    expected = encoder.encode_one("he keeps my ID and says I owe for the trip")
    np.testing.assert_allclose(sentence.features[0], expected, atol=1e-6)


def test_featurizer_leaves_messages_without_text_alone() -> None:
    message = Message(data={"intent": "greet"})
    featurizer = SentenceEmbeddingFeaturizer("sentence_embedding", SentenceEmbeddingFeaturizer.get_default_config())
    featurizer.process([message])
    assert message.features == []
