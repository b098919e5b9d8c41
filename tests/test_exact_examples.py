"""A message that is word for word a training example gets that example's intent."""
from __future__ import annotations

from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.exact_examples import ExactExampleClassifier, example_key, intents_by_text


def example(text: str, intent: str) -> Message:
    return Message(data={TEXT: text, INTENT: intent})


EXAMPLES = [
    example("no", "deny"),
    example("no thanks", "deny"),
    example("yes", "affirm"),
    example("help", "request_help"),
    example("this traffic is killing me", "out_of_scope"),
    example("they took my passport", "risk_trafficking"),
    example("i need help", "request_help"),
    example("I need help", "risk_emergency"),  # the same text under two intents
]


def classified(text: str, **confidences: float) -> Message:
    """A message as the classifiers leave it: their intent and ranking."""
    ranking = [{"name": name, "confidence": value} for name, value in confidences.items()]
    message = Message(data={TEXT: text})
    message.set(INTENT, dict(ranking[0]))
    message.set(INTENT_RANKING_KEY, ranking)
    return message


@pytest.fixture
def trained(tmp_path: Path) -> ExactExampleClassifier:
    """Trained and persisted, then loaded from the model storage as a server would."""
    storage, resource = LocalModelStorage(tmp_path), Resource("exact_examples")
    context = ExecutionContext(GraphSchema({}), "test")
    ExactExampleClassifier.create({}, storage, resource, context).train(TrainingData(EXAMPLES))
    return ExactExampleClassifier.load({}, storage, resource, context)


@pytest.mark.parametrize("text", ["no", "No", "NO!!", "  no. ", "no?"])
def test_case_spacing_and_closing_marks_do_not_matter(text: str) -> None:
    assert example_key(text) == "no"


def test_a_curly_apostrophe_reads_as_a_straight_one() -> None:
    assert example_key("I don\u2019t know") == example_key("i don't know")


def test_a_text_the_data_gives_two_intents_is_left_to_the_classifiers() -> None:
    assert "i need help" not in intents_by_text(EXAMPLES)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("No.", "deny"), ("no thanks", "deny"), ("Yes!", "affirm"), ("help", "request_help"), ("They took my passport", "risk_trafficking")],
)
def test_an_example_gets_its_own_intent_sure_whatever_the_classifiers_said(
    trained: ExactExampleClassifier, text: str, intent: str
) -> None:
    message = classified(text, nlu_fallback=0.4, thank=0.35, risk_emergency=0.25)
    trained.process([message])
    assert message.get(INTENT) == {"name": intent, "confidence": 1.0}


def test_the_classifiers_other_guesses_stay_below_it(trained: ExactExampleClassifier) -> None:
    """RiskDetector still reads a risk intent the classifiers suspected."""
    message = classified("help", risk_emergency=0.6, request_help=0.3, greet=0.1)
    trained.process([message])
    assert message.get(INTENT_RANKING_KEY) == [
        {"name": "request_help", "confidence": 1.0},
        {"name": "risk_emergency", "confidence": 0.6},
        {"name": "greet", "confidence": 0.1},
    ]


@pytest.mark.parametrize("text", ["help me he has a gun", "no he is outside", "i need help", "", "nope"])
def test_anything_but_a_whole_unambiguous_example_keeps_the_classifiers_guess(
    trained: ExactExampleClassifier, text: str
) -> None:
    message = classified(text, risk_emergency=0.9, request_help=0.1)
    trained.process([message])
    assert message.get(INTENT) == {"name": "risk_emergency", "confidence": 0.9}
