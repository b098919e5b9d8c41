"""The intent vote: the average of several classifiers' rankings, so one run's slip does not decide."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.ensemble import IntentVote, average_rankings


def ranking(**confidences: float) -> list[dict]:
    return [{"name": name, "confidence": value} for name, value in confidences.items()]


def classified(text: str, **confidences: float) -> Message:
    message = Message(data={TEXT: text})
    message.set(INTENT_RANKING_KEY, ranking(**confidences))
    message.set(INTENT, ranking(**confidences)[0])
    return message


def test_an_intent_missing_from_a_vote_counts_zero() -> None:
    averaged = average_rankings([ranking(risk_suicide=1.0), ranking(out_of_scope=0.9, risk_suicide=0.1)])
    assert averaged == [
        {"name": "risk_suicide", "confidence": pytest.approx(0.55)},
        {"name": "out_of_scope", "confidence": pytest.approx(0.45)},
    ]


def test_each_vote_leaves_the_average_of_the_classifiers_so_far() -> None:
    """Three runs, as in config.yml: one run's confident slip is outvoted by the two others."""
    message = classified("best way to sharpen kitchen knives", risk_suicide=1.0, out_of_scope=0.0)
    vote = IntentVote({})
    vote.process([message])
    assert message.get(INTENT)["name"] == "risk_suicide"
    for _ in range(2):  # the next classifiers overwrite intent and ranking with their own
        message.set(INTENT_RANKING_KEY, ranking(out_of_scope=0.95, risk_suicide=0.05))
        vote.process([message])
    assert message.get(INTENT) == {"name": "out_of_scope", "confidence": pytest.approx(0.633, abs=1e-3)}
    assert [entry["name"] for entry in message.get(INTENT_RANKING_KEY)] == ["out_of_scope", "risk_suicide"]


def test_the_ranking_keeps_ranking_length_intents() -> None:
    message = classified("hi", greet=0.7, thank=0.2, goodbye=0.1)
    IntentVote({"ranking_length": 2}).process([message])
    assert [entry["name"] for entry in message.get(INTENT_RANKING_KEY)] == ["greet", "thank"]


def test_an_unclassified_message_is_left_alone() -> None:
    message = Message(data={TEXT: ""})
    IntentVote({}).process([message])
    assert message.get(INTENT) is None
