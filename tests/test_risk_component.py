"""The RiskDetector NLU component: rule findings decide, idioms demote, everything else passes.

Unit tests drive it with real Rasa Message objects; the pipeline tests train
a tiny NLU model (one DIET epoch) in a temporary folder and parse through a
real Agent, so the graph wiring, the FallbackClassifier after it and the
output properties are all exercised.
"""
from __future__ import annotations

import asyncio
import textwrap
from typing import Any

import pytest
import yaml
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.nlu.training_data.message import Message

from bot.paths import ROOT
from bot.risk.component import OUT_OF_SCOPE, RISK_KINDS_KEY, RiskDetector


def component(**config: Any) -> RiskDetector:
    return RiskDetector({**RiskDetector.get_default_config(), **config})


def message(text: str | None, intent: str | None = None, confidence: float = 0.9, ranking: list[tuple[str, float]] | None = None) -> Message:
    data: dict[str, Any] = {"text": text}
    if intent is not None:
        data["intent"] = {"name": intent, "confidence": confidence}
        pairs = ranking if ranking is not None else [(intent, confidence)]
        data["intent_ranking"] = [{"name": n, "confidence": c} for n, c in pairs]
    return Message(data=data)


def run(text: str | None, intent: str | None = None, confidence: float = 0.9, ranking: list[tuple[str, float]] | None = None) -> Message:
    msg = message(text, intent, confidence, ranking)
    component().process([msg])
    return msg


# ---------------------------------------------------------------- rule finding wins


def test_the_message_that_must_never_get_a_shelter_offer() -> None:
    msg = run(
        "they locked me in and took my papers",
        "request_shelter",
        0.98,
        [("request_shelter", 0.98), ("greet", 0.01), ("risk_trafficking", 0.01)],
    )
    assert msg.get("intent") == {"name": "risk_emergency", "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) == ["emergency", "trafficking"]
    names = [entry["name"] for entry in msg.get("intent_ranking")]
    assert names == ["risk_emergency", "request_shelter", "greet", "risk_trafficking"]


def test_the_classifiers_other_guesses_are_kept_after_the_finding_and_scaled_down() -> None:
    msg = run("my boss took my passport", "request_legal", 0.96, [("request_legal", 0.96), ("risk_trafficking", 0.04)])
    ranking = msg.get("intent_ranking")
    assert ranking[0] == {"name": "risk_trafficking", "confidence": 1.0}
    assert ranking[1] == {"name": "request_legal", "confidence": pytest.approx(0.48)}
    assert [e["name"] for e in ranking].count("risk_trafficking") == 1


def test_risk_kinds_are_an_output_property() -> None:
    msg = run("i want to kill myself", "greet")
    output = msg.as_dict(only_output_properties=True)
    assert output[RISK_KINDS_KEY] == ["suicide"]
    assert output["intent"]["name"] == "risk_suicide"


def test_a_finding_overrides_a_different_classifier_risk_intent() -> None:
    msg = run("im 15 and he sells me and says hell kill me", "risk_dv", 0.99, [("risk_dv", 0.99)])
    assert msg.get("intent")["name"] == "risk_emergency"
    assert msg.get(RISK_KINDS_KEY) == ["emergency", "child", "trafficking"]


def test_a_finding_works_without_any_classifier_result() -> None:
    msg = run("he has a gun")
    assert msg.get("intent") == {"name": "risk_emergency", "confidence": 1.0}
    assert msg.get("intent_ranking") == [{"name": "risk_emergency", "confidence": 1.0}]


@pytest.mark.parametrize("ambiguity", [0.05, 0.3, 0.45])
def test_fallback_classifier_after_it_cannot_turn_a_finding_into_nlu_fallback(ambiguity: float) -> None:
    """A confident classifier guess right behind the finding would otherwise look 'ambiguous'."""
    msg = run("they took my passport", "request_shelter", 0.99, [("request_shelter", 0.99), ("greet", 0.01)])
    fallback = FallbackClassifier({"threshold": 0.45, "ambiguity_threshold": ambiguity})
    fallback.process([msg])
    assert msg.get("intent")["name"] == "risk_trafficking"


# ---------------------------------------------------------------- nothing found


def test_no_finding_leaves_the_classifier_alone() -> None:
    ranking = [("request_shelter", 0.8), ("request_housing", 0.15)]
    msg = run("i need a shelter in hartford", "request_shelter", 0.8, ranking)
    assert msg.get("intent") == {"name": "request_shelter", "confidence": 0.8}
    assert msg.get("intent_ranking") == [{"name": n, "confidence": c} for n, c in ranking]
    assert msg.get(RISK_KINDS_KEY) is None
    assert RISK_KINDS_KEY not in msg.as_dict(only_output_properties=True)


def test_the_classifiers_own_risk_intent_stands_when_no_idiom_explains_it() -> None:
    """The classifier is the second layer: a risk it sees that the rules miss still escalates."""
    msg = run("i have to do things for him i dont want to", "risk_trafficking", 0.7)
    assert msg.get("intent") == {"name": "risk_trafficking", "confidence": 0.7}


@pytest.mark.parametrize(
    "text",
    ["this traffic is killing me", "i want to kill some time before work", "my phone is dead lol", "you're killing it"],
)
def test_an_idiom_demotes_a_classifier_risk_intent(text: str) -> None:
    msg = run(text, "risk_emergency", 0.85, [("risk_emergency", 0.85), ("out_of_scope", 0.1), ("greet", 0.05)])
    assert msg.get("intent") == {"name": OUT_OF_SCOPE, "confidence": 1.0}
    names = [e["name"] for e in msg.get("intent_ranking")]
    assert names[0] == OUT_OF_SCOPE and names.count(OUT_OF_SCOPE) == 1
    assert msg.get(RISK_KINDS_KEY) is None


def test_an_idiom_does_not_demote_a_real_risk_in_the_same_message() -> None:
    msg = run("this traffic is killing me and my boyfriend has a gun", "risk_emergency", 0.6)
    assert msg.get("intent")["name"] == "risk_emergency"
    assert msg.get("intent")["confidence"] == 1.0


def test_an_idiom_leaves_a_non_risk_intent_alone() -> None:
    msg = run("this traffic is killing me", "request_hotline", 0.6)
    assert msg.get("intent") == {"name": "request_hotline", "confidence": 0.6}


def test_a_plain_denial_does_not_demote_the_classifier() -> None:
    """'He never hit me' may still come from someone in danger: only everyday idioms demote."""
    msg = run("he never hit me", "risk_dv", 0.7)
    assert msg.get("intent") == {"name": "risk_dv", "confidence": 0.7}


@pytest.mark.parametrize("text", [None, "", "   ", "\x00\x01", "😀" * 500, "x" * 20_000], ids=lambda v: repr(v)[:12])
def test_odd_text_never_breaks_the_pipeline(text: str | None) -> None:
    msg = run(text, "greet", 0.9)
    assert msg.get("intent") == {"name": "greet", "confidence": 0.9}


def test_process_returns_the_same_messages() -> None:
    batch = [message("he has a gun", "greet"), message("hello", "greet")]
    assert component().process(batch) is batch
    assert [m.get("intent")["name"] for m in batch] == ["risk_emergency", "greet"]


def test_the_scale_is_clamped_so_a_finding_always_leads_clearly() -> None:
    msg = message("they took my passport", "request_legal", 1.0, [("request_legal", 1.0)])
    component(others_confidence_scale=5).process([msg])
    assert msg.get("intent_ranking")[1]["confidence"] <= 0.9


# ---------------------------------------------------------------- the project's pipeline


def test_project_config_places_it_after_diet_and_before_fallback() -> None:
    names = [step["name"] for step in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]]
    position = names.index("bot.risk.component.RiskDetector")
    assert names.index("DIETClassifier") < position < names.index("FallbackClassifier")


# DIET (one epoch) is the real classifier; a KeywordIntentClassifier after it
# makes some predictions certain, so the test knows what the classifier said:
# "killing me" is a risk_emergency keyword, "i need a shelter" a request_shelter one.
TINY_CONFIG = """
recipe: default.v1
assistant_id: risk-component-test
language: en
pipeline:
  - name: WhitespaceTokenizer
  - name: CountVectorsFeaturizer
  - name: DIETClassifier
    epochs: 1
    random_seed: 1
  - name: KeywordIntentClassifier
  - name: bot.risk.component.RiskDetector
  - name: FallbackClassifier
    threshold: 0.3
    ambiguity_threshold: 0.45
"""

TINY_NLU = """
version: "3.1"
nlu:
- intent: greet
  examples: |
    - hello
    - good morning
- intent: request_shelter
  examples: |
    - i need a shelter
    - somewhere safe to sleep tonight
- intent: out_of_scope
  examples: |
    - tell me a joke
    - what is the weather
- intent: risk_emergency
  examples: |
    - killing me
    - he has a gun
"""

PARSED_TEXTS = {
    "locked": "they locked me in and took my papers, i need a shelter",
    "shelter": "i need a shelter in hartford",
    "greeting": "hello",
    "idiom": "this traffic is killing me",
    "danger": "he is killing me",
}


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """One tiny model trained and loaded once (loading dominates: about 15 s)."""
    from rasa.core.agent import Agent
    from rasa.model_training import train_nlu

    tmp = tmp_path_factory.mktemp("risk_pipeline")
    (tmp / "config.yml").write_text(textwrap.dedent(TINY_CONFIG))
    (tmp / "nlu.yml").write_text(textwrap.dedent(TINY_NLU))
    model = train_nlu(str(tmp / "config.yml"), str(tmp / "nlu.yml"), str(tmp / "models"))
    assert model, "training failed"
    agent = Agent.load(model)

    async def parse() -> dict[str, dict[str, Any]]:
        return {key: await agent.parse_message(text) for key, text in PARSED_TEXTS.items()}

    return asyncio.run(parse())


def test_trained_pipeline_makes_the_rule_finding_decisive(parsed: dict[str, dict[str, Any]]) -> None:
    """The classifier is certain it is a shelter request; the rules say danger, and win."""
    locked = parsed["locked"]
    assert locked["intent"] == {"name": "risk_emergency", "confidence": 1.0}
    assert locked[RISK_KINDS_KEY] == ["emergency", "trafficking"]
    assert locked["intent_ranking"][0]["name"] == "risk_emergency"
    assert all(entry["confidence"] <= 0.5 for entry in locked["intent_ranking"][1:])


def test_trained_pipeline_leaves_non_risk_messages_to_the_classifier(parsed: dict[str, dict[str, Any]]) -> None:
    """Untouched: what the classifiers (and the FallbackClassifier after us) decided stands."""
    for key, expected in (("shelter", "request_shelter"), ("greeting", "greet")):
        assert parsed[key]["intent"]["name"] in {expected, "nlu_fallback"}
        assert RISK_KINDS_KEY not in parsed[key]


def test_trained_pipeline_demotes_an_idiom_the_classifier_read_as_risk(parsed: dict[str, dict[str, Any]]) -> None:
    assert parsed["idiom"]["intent"] == {"name": OUT_OF_SCOPE, "confidence": 1.0}
    assert RISK_KINDS_KEY not in parsed["idiom"]
    assert parsed["danger"]["intent"] == {"name": "risk_emergency", "confidence": 1.0}
    assert parsed["danger"][RISK_KINDS_KEY] == ["emergency"]
