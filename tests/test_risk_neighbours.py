"""Nearest training examples (bot/risk/neighbours.py): graded closeness per risk kind, and its file."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.risk.neighbours import BENIGN, Neighbours, label_of


def unit(*weights: float) -> np.ndarray:
    v = np.array(weights, dtype=np.float32)
    return v / np.linalg.norm(v)


@pytest.fixture
def neighbours() -> Neighbours:
    vectors = np.stack([unit(1, 0, 0), unit(0.9, 0.1, 0), unit(0, 1, 0), unit(0, 0, 1)])
    return Neighbours(vectors, ["suicide", "suicide", "trafficking", BENIGN], k=2)


def test_closeness_averages_the_closest_examples_of_each_kind(neighbours: Neighbours) -> None:
    closeness = neighbours.closeness(unit(1, 0, 0))
    assert closeness.kinds["suicide"] == pytest.approx((1.0 + unit(0.9, 0.1, 0)[0]) / 2)
    assert closeness.kinds["trafficking"] == pytest.approx(0.0)
    assert set(closeness.kinds) == {"suicide", "trafficking"}, "kinds without examples are left out"
    assert closeness.closest == "suicide"


def test_risk_is_as_close_only_when_no_benign_example_is_closer(neighbours: Neighbours) -> None:
    assert neighbours.closeness(unit(1, 0, 0.5)).risk_at_least_as_close()
    assert not neighbours.closeness(unit(0.2, 0.2, 1)).risk_at_least_as_close()


def test_kinds_within_a_margin_of_the_closest(neighbours: Neighbours) -> None:
    closeness = neighbours.closeness(unit(1, 1, 0))  # suicide about 0.74, trafficking about 0.71
    assert closeness.kinds_within(0.0) == ["suicide"]
    assert sorted(closeness.kinds_within(0.05)) == ["suicide", "trafficking"]


def test_an_example_with_several_kinds_counts_for_each_of_them() -> None:
    several = Neighbours(np.stack([unit(1, 0), unit(0, 1)]), [label_of(["sa", "trafficking"]), BENIGN], k=1)
    closeness = several.closeness(unit(1, 0))
    assert closeness.kinds == {"trafficking": pytest.approx(1.0), "sa": pytest.approx(1.0)}


def test_labels_list_kinds_most_urgent_first_and_nothing_is_benign() -> None:
    assert label_of(["dv", "emergency"]) == "emergency;dv"
    assert label_of([]) == BENIGN


def test_without_any_benign_example_nothing_counts_as_closer() -> None:
    only_risk = Neighbours(np.stack([unit(1, 0)]), ["dv"])
    assert only_risk.closeness(unit(-1, 0)).risk_at_least_as_close()


def test_vectors_and_labels_must_pair_up() -> None:
    with pytest.raises(ValueError):
        Neighbours(np.zeros((2, 3)), ["dv"])


def test_save_and_load_round_trip(neighbours: Neighbours, tmp_path: Path) -> None:
    neighbours.save(tmp_path)
    loaded = Neighbours.load(tmp_path, k=2)
    assert loaded.labels.tolist() == neighbours.labels.tolist()
    np.testing.assert_array_equal(loaded.vectors, neighbours.vectors)
    assert loaded.closeness(unit(1, 0, 0)) == neighbours.closeness(unit(1, 0, 0))
