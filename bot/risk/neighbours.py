"""The third layer of risk detection: which training examples a message means the same as.

DIET's confidences are nearly all 0 or 1, so they say little about the kinds
it did not pick, and a message about pills taken an hour ago could come out as
"sexual assault" or as "didn't understand". The sentence embeddings of the
training examples (bot/encoder.py) give a graded answer instead: the mean
similarity of a message to its closest examples of each risk kind, and to its
closest benign examples. An example counts for every kind it shows
("trafficking;sa" for a woman made to see men to pay a debt), so a message
close to it is close to both kinds even though the classifier names one.
Measured on blind-written sets, this finds the kinds the classifier missed and
the risk messages the fallback swallowed (README, "Risk evaluation").
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.risk.detector import KINDS, order_kinds

BENIGN = "benign"
# Between the kinds of one label, as in the evaluation set's `kinds` column.
SEPARATOR = ";"
FILE_NAME = "neighbours.npz"


@dataclass(frozen=True)
class Closeness:
    """Mean similarity to the closest examples of each risk kind, and of benign messages."""

    kinds: dict[str, float]
    benign: float

    @property
    def best(self) -> float:
        return max(self.kinds.values(), default=-1.0)

    @property
    def closest(self) -> str:
        """The kind whose examples are closest ("" when there are none)."""
        return max(self.kinds, key=self.kinds.__getitem__, default="")

    def risk_at_least_as_close(self) -> bool:
        """The message is no further from risk examples than from benign ones."""
        return bool(self.kinds) and self.best >= self.benign

    def kinds_within(self, margin: float) -> list[str]:
        """Every kind whose examples are about as close as the closest kind's."""
        return [kind for kind, score in self.kinds.items() if score >= self.best - margin]


def label_of(kinds: Iterable[str]) -> str:
    """The stored label of an example: its kinds in urgency order ("trafficking;sa"), or `benign`."""
    return SEPARATOR.join(order_kinds(kinds)) or BENIGN


class Neighbours:
    """Unit-length embeddings of training examples, each labelled with its risk kinds (label_of) or `benign`."""

    def __init__(self, vectors: np.ndarray, labels: Sequence[str], k: int = 5) -> None:
        if len(vectors) != len(labels):
            raise ValueError(f"{len(vectors)} vectors but {len(labels)} labels")
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.labels = np.asarray(labels, dtype=str)
        self.k = max(1, k)
        # Rows of each label, found once: comparing strings per message would cost more than the product.
        kinds_of_row = [set(label.split(SEPARATOR)) for label in self.labels.tolist()]
        self._rows = {
            label: np.flatnonzero([label in kinds for kinds in kinds_of_row]).astype(np.intp)
            for label in (*KINDS, BENIGN)
        }

    def closeness(self, vector: np.ndarray) -> Closeness:
        similarity = self.vectors @ np.asarray(vector, dtype=np.float32).reshape(-1)
        kinds = {kind: self._mean_of_closest(similarity[self._rows[kind]]) for kind in KINDS}
        kinds = {kind: score for kind, score in kinds.items() if score is not None}
        benign = self._mean_of_closest(similarity[self._rows[BENIGN]])
        return Closeness(kinds=kinds, benign=-1.0 if benign is None else benign)

    def _mean_of_closest(self, similarity: np.ndarray) -> float | None:
        if not len(similarity):
            return None
        k = min(self.k, len(similarity))
        return float(np.partition(similarity, -k)[-k:].mean())

    def save(self, folder: Path) -> None:
        np.savez_compressed(folder / FILE_NAME, vectors=self.vectors, labels=self.labels)

    @classmethod
    def load(cls, folder: Path, k: int = 5) -> Neighbours:
        with np.load(folder / FILE_NAME, allow_pickle=False) as data:
            return cls(data["vectors"], [str(label) for label in data["labels"]], k)
