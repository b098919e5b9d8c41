"""The sentence encoders and the Rasa featurizer that hands their embeddings to DIET."""
from __future__ import annotations

import numpy as np
import pytest
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.encoder import ENCODERS, MAX_TOKENS, MINILM, MULTILINGUAL_E5, Encoder, SentenceEncoder, shared_encoder
from bot.sentence_featurizer import ENCODER_KEY, SentenceEmbeddingFeaturizer


@pytest.fixture(scope="module", params=sorted(ENCODERS))
def encoder_name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def encoder(encoder_name: str) -> Encoder:
    return shared_encoder(encoder_name)


def test_minilm_matches_the_published_sentence_transformers_similarity() -> None:
    """sentence-transformers' documentation gives 0.7553 for this pair with all-MiniLM-L6-v2:
    the same figure from our NumPy forward pass shows the weights and every layer are right."""
    food, bread = shared_encoder(MINILM).encode(["A man is eating food.", "A man is eating a piece of bread."])
    assert float(food @ bread) == pytest.approx(0.7553, abs=5e-4)


def test_paraphrases_are_closer_than_unrelated_text(encoder: Encoder) -> None:
    papers, documents, weather = encoder.encode(
        ["my boss took my passport", "the employer is keeping her documents", "the weather is lovely today"]
    )
    # E5's similarities all sit high (0.7 to 1), so the margin is smaller than MiniLM's.
    assert papers @ documents > papers @ weather + 0.05


def test_e5_puts_a_spanish_disclosure_beside_its_english_meaning() -> None:
    """Why the second encoder is multilingual: many who write are not native English speakers."""
    spanish, english, unrelated = shared_encoder(MULTILINGUAL_E5).encode(
        ["mi jefe me quitó el pasaporte", "my boss took my passport", "what time does the library open"]
    )
    assert spanish @ english > spanish @ unrelated + 0.1


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "🆘" * 50, "word " * 5000, "<script>alert(1)</script>"])
def test_any_text_gives_one_unit_vector(encoder: Encoder, text: str) -> None:
    vector = encoder.encode_one(text)
    assert vector.shape == (encoder.dimension,) and np.isfinite(vector).all()
    assert float(np.linalg.norm(vector)) == pytest.approx(1.0, abs=1e-4)


def test_one_text_at_a_time_gives_the_same_vectors_as_a_batch(encoder: Encoder) -> None:
    """Training embeds in batches and the server one message at a time: both must see the same vector."""
    texts = ["he keeps my ID", "necesito un refugio esta noche", "where is the food bank"]
    np.testing.assert_allclose(encoder.encode(texts), np.stack([encoder.encode_one(t) for t in texts]), atol=1e-6)


def test_long_text_is_cut_to_what_minilm_was_trained_on() -> None:
    encoder = shared_encoder(MINILM)
    assert isinstance(encoder, SentenceEncoder)
    assert len(encoder.tokenizer.encode("word " * 5000).ids) == MAX_TOKENS


def test_encode_of_nothing_is_an_empty_matrix(encoder: Encoder) -> None:
    assert encoder.encode([]).shape == (0, encoder.dimension)


def featurizer_for(name: str) -> SentenceEmbeddingFeaturizer:
    config = {**SentenceEmbeddingFeaturizer.get_default_config(), ENCODER_KEY: name}
    return SentenceEmbeddingFeaturizer(f"sentence_embedding_{name}", config)


def featurized(text: str, *encoders: str) -> Message:
    message = Message(data={TEXT: text})
    WhitespaceTokenizer(WhitespaceTokenizer.get_default_config()).process([message])
    for name in encoders:
        featurizer_for(name).process_training_data(TrainingData([message]))
    return message


def test_featurizer_adds_the_embedding_as_the_sentence_feature(encoder_name: str, encoder: Encoder) -> None:
    message = featurized("he keeps my ID and says I owe for the trip", encoder_name)
    sequence, sentence = message.get_dense_features(TEXT)
    assert sequence is None
    assert sentence.features.shape == (1, encoder.dimension)
    expected = encoder.encode_one("he keeps my ID and says I owe for the trip")
    np.testing.assert_allclose(sentence.features[0], expected, atol=1e-6)


def test_two_featurizers_give_both_embeddings_side_by_side() -> None:
    """config.yml lists the featurizer once per encoder; DIET and the risk detector read the joined vector."""
    message = featurized("they took my papers", MINILM, MULTILINGUAL_E5)
    _, sentence = message.get_dense_features(TEXT)
    dimensions = shared_encoder(MINILM).dimension + shared_encoder(MULTILINGUAL_E5).dimension
    assert sentence.features.shape == (1, dimensions)


def test_the_default_encoder_is_minilm() -> None:
    assert SentenceEmbeddingFeaturizer.get_default_config()[ENCODER_KEY] == MINILM


def test_an_unknown_encoder_stops_training_instead_of_falling_back() -> None:
    with pytest.raises(ValueError, match="unknown sentence encoder"):
        featurizer_for("all-MiniLM-L12-v2")


def test_featurizer_leaves_messages_without_text_alone() -> None:
    message = Message(data={"intent": "greet"})
    featurizer_for(MINILM).process([message])
    assert message.features == []
