"""The RiskDetector NLU component: rule findings decide, the classifier is checked by nearest examples, idioms demote.

Unit tests drive it with real Rasa Message objects; the pipeline tests train
a tiny NLU model (one DIET epoch) in a temporary folder and parse through a
real Agent, so the graph wiring, the FallbackClassifier after it and the
output properties are all exercised.
"""
from __future__ import annotations

import asyncio
import textwrap
from typing import Any

from pathlib import Path

import numpy as np
import pytest
import yaml
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.paths import ROOT
from bot.risk import detector as risk_detector
from bot.risk.component import OUT_OF_SCOPE, RISK_KINDS_KEY, RiskDetector, kinds_of_example
from bot.risk.detector import KINDS, scan
from bot.risk.ngrams import RISK_ODDS_KEY, RiskOdds
from bot.risk.neighbours import Neighbours
from bot.unread_language import OTHER_LANGUAGE


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


def test_a_finding_leads_and_a_confident_classifier_kind_joins_it() -> None:
    msg = run("im 15 and he sells me and says hell kill me", "risk_dv", 0.99, [("risk_dv", 0.99)])
    assert msg.get("intent")["name"] == "risk_emergency"
    assert msg.get(RISK_KINDS_KEY) == ["emergency", "child", "trafficking", "sa", "dv"]


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


def test_the_classifiers_own_risk_intent_escalates_when_no_idiom_explains_it() -> None:
    """The classifier is the second layer: a risk it sees that the rules miss still escalates."""
    msg = run("i have to do things for him i dont want to", "risk_trafficking", 0.9)
    assert msg.get("intent") == {"name": "risk_trafficking", "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) == ["trafficking"]


def test_an_unsure_classifier_risk_intent_without_nearest_examples_gives_way_to_its_next_guess() -> None:
    ranking = [("risk_trafficking", 0.5), ("request_legal", 0.3), ("risk_dv", 0.1), ("greet", 0.1)]
    msg = run("is it legal to keep tips", "risk_trafficking", 0.5, ranking)
    assert msg.get("intent") == {"name": "request_legal", "confidence": 0.3}
    assert [e["name"] for e in msg.get("intent_ranking")] == ["request_legal", "greet", "risk_trafficking", "risk_dv"]
    assert msg.get(RISK_KINDS_KEY) is None


def test_an_unsure_risk_guess_with_no_other_guess_becomes_out_of_scope_for_the_fallback() -> None:
    msg = run("hmm", "risk_sa", 0.3)
    assert msg.get("intent") == {"name": OUT_OF_SCOPE, "confidence": 0.0}


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


def test_an_idiom_does_not_silence_a_classifier_that_is_all_but_certain() -> None:
    """The joke may be the wrapping of a real risk."""
    text = "lmao this semester is killing me, honestly thinking about letting it"
    msg = run(text, "risk_suicide", 0.97, [("risk_suicide", 0.97), ("out_of_scope", 0.03)])
    assert msg.get("intent") == {"name": "risk_suicide", "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) == ["suicide"]


def test_an_idiom_does_not_demote_a_real_risk_in_the_same_message() -> None:
    msg = run("this traffic is killing me and my boyfriend has a gun", "risk_emergency", 0.6)
    assert msg.get("intent")["name"] == "risk_emergency"
    assert msg.get("intent")["confidence"] == 1.0


def test_an_idiom_leaves_a_non_risk_intent_alone() -> None:
    msg = run("this traffic is killing me", "request_hotline", 0.6)
    assert msg.get("intent") == {"name": "request_hotline", "confidence": 0.6}


def test_a_plain_denial_does_not_demote_the_classifier() -> None:
    """'He never hit me' may still come from someone in danger: only everyday idioms demote."""
    msg = run("he never hit me", "risk_dv", 0.9)
    assert msg.get("intent") == {"name": "risk_dv", "confidence": 1.0}


def test_a_safety_statement_gives_a_classifier_danger_guess_way_to_the_request() -> None:
    ranking = [("risk_emergency", 0.95), ("request_housing", 0.04), ("greet", 0.01)]
    msg = run("no im fine, nobody is hurting me, i just need diaper help", "risk_emergency", 0.95, ranking)
    assert msg.get("intent") == {"name": "request_housing", "confidence": 0.04}
    assert msg.get(RISK_KINDS_KEY) is None


@pytest.mark.parametrize(
    "text",
    [
        "cut my thumb at work, the bleeding already stopped. do I need a tetanus shot?",
        "me corté el dedo picando cebolla, ya dejó de sangrar. ¿necesito puntos?",
        "my teen got suspended for vaping. he's fine, nobody's hurt, i just want a parenting class",
    ],
)
def test_a_wound_that_stopped_bleeding_or_nobody_hurt_is_no_emergency_for_the_classifier(text: str) -> None:
    ranking = [("risk_emergency", 0.9), ("request_medical", 0.08), ("greet", 0.02)]
    msg = run(text, "risk_emergency", 0.9, ranking)
    assert msg.get("intent") == {"name": "request_medical", "confidence": 0.08}


@pytest.mark.parametrize("intent", ["risk_suicide", "risk_child", "risk_trafficking"])
def test_a_safety_statement_never_overrules_a_suicide_child_or_trafficking_guess(intent: str) -> None:
    msg = run("i'm not in any danger, i just need help with my electric bill", intent, 0.95)
    assert msg.get("intent") == {"name": intent, "confidence": 1.0}


def test_a_safety_statement_followed_by_but_does_not_overrule_the_classifier() -> None:
    """People minimise before they tell: "nobody's hurting me exactly, but..." is not a safety statement."""
    msg = run("nobody is hurting me exactly, but i am scared of him", "risk_dv", 0.9)
    assert msg.get("intent") == {"name": "risk_dv", "confidence": 1.0}


def test_a_safety_statement_does_not_cancel_a_rule_finding_elsewhere_in_the_message() -> None:
    msg = run("i'm not in danger, he just took my passport", "request_legal", 0.9)
    assert msg.get(RISK_KINDS_KEY) == ["trafficking"]


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


# ---------------------------------------------------------------- nearest examples

# Four-dimensional "embeddings": one axis per kind of example, and a fourth
# that no example uses (what a message like nothing in training points along).
AXES = {"suicide": [1.0, 0.0, 0.0, 0.0], "emergency": [0.0, 1.0, 0.0, 0.0], "benign": [0.0, 0.0, 1.0, 0.0]}


def vector(*weights: float) -> np.ndarray:
    v = np.array([*weights, *[0.0] * (4 - len(weights))], dtype=np.float32)
    return v / np.linalg.norm(v)


def embedded(
    text: str, v: np.ndarray, intent: str | None = None, confidence: float = 0.9, ranking: list[tuple[str, float]] | None = None
) -> Message:
    msg = message(text, intent, confidence, ranking)
    msg.add_features(Features(v[None, :], FEATURE_TYPE_SENTENCE, TEXT, "test"))
    return msg


def training_data() -> TrainingData:
    """One training example per axis, as Rasa hands them to trainable components (intent as a string)."""
    examples = []
    for label, axis in AXES.items():
        example = Message(data={"text": f"{label} example", "intent": "greet" if label == "benign" else f"risk_{label}"})
        example.add_features(Features(np.array([axis], np.float32), FEATURE_TYPE_SENTENCE, TEXT, "test"))
        examples.append(example)
    return TrainingData(examples)


def trained(**config: Any) -> RiskDetector:
    detector = component(neighbours=1, **config)
    detector.train(training_data())
    return detector


def test_training_keeps_every_example_labelled_by_kind() -> None:
    detector = trained()
    assert sorted(detector.neighbours.labels) == ["benign", "emergency", "suicide"]


def test_an_example_with_kinds_metadata_is_labelled_with_every_kind_it_shows() -> None:
    """data/nlu/risk_several.yml: the intent names the most urgent kind, the metadata all of them."""
    several = Message.build("she has to see men to pay off the trip", "risk_trafficking", example_metadata={"kinds": ["sa", "trafficking", "unknown"]})
    several.add_features(Features(np.array([vector(0.0, 1.0, 0.0)], np.float32), FEATURE_TYPE_SENTENCE, TEXT, "test"))
    detector = component(neighbours=1)
    detector.train(TrainingData([*training_data().intent_examples, several]))
    assert "trafficking;sa" in detector.neighbours.labels.tolist()


def test_metadata_kinds_on_a_benign_example_are_ignored() -> None:
    benign = Message.build("a news story about trafficking", "ask_info", example_metadata={"kinds": ["trafficking"]})
    assert kinds_of_example(benign) == []


def test_an_unsure_classifier_is_believed_when_risk_examples_are_closer_than_benign_ones() -> None:
    msg = embedded("i did something stupid an hour ago", vector(0.9, 0.1, 0.5), "risk_sa", 0.3)
    trained().process([msg])
    assert msg.get("intent") == {"name": "risk_suicide", "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) == ["suicide", "sa"]


def test_an_unsure_classifier_is_not_believed_when_benign_examples_are_closer() -> None:
    msg = embedded("can i get a ride to dialysis", vector(0.2, 0.0, 1.0), "risk_trafficking", 0.3)
    trained().process([msg])
    assert msg.get("intent")["name"] != "risk_trafficking"
    assert msg.get(RISK_KINDS_KEY) is None


BATHTUB_RANKING = [("request_hotline", 0.45), ("risk_suicide", 0.3), ("greet", 0.25)]


def test_a_risk_intent_that_is_only_the_second_guess_escalates_when_risk_examples_are_closer() -> None:
    """Ordinary-request training data pulls some crises towards request_*: the risk intent is then second."""
    # Worded so that no rule finds it (the rules now know "bathtub w a razor"): the classifier's second guess must.
    msg = embedded("been sitting in the tub w it for an hour", vector(1.0, 0.0, 0.3), "request_hotline", 0.45, BATHTUB_RANKING)
    trained().process([msg])
    assert msg.get("intent") == {"name": "risk_suicide", "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) == ["suicide"]


def test_a_second_guess_risk_intent_changes_nothing_when_benign_examples_are_closer() -> None:
    msg = embedded("can i get a ride to dialysis", vector(0.2, 0.0, 1.0), "request_hotline", 0.45, BATHTUB_RANKING)
    trained().process([msg])
    assert msg.get("intent") == {"name": "request_hotline", "confidence": 0.45}
    assert msg.get(RISK_KINDS_KEY) is None


def test_a_second_guess_below_its_floor_is_not_a_suspicion() -> None:
    ranking = [("request_hotline", 0.9), ("risk_suicide", 0.05), ("greet", 0.05)]
    msg = embedded("been in the bathtub for an hour", vector(1.0, 0.0, 0.3), "request_hotline", 0.9, ranking)
    trained().process([msg])
    assert msg.get("intent") == {"name": "request_hotline", "confidence": 0.9}
    assert msg.get(RISK_KINDS_KEY) is None


def test_kinds_about_as_close_as_the_closest_are_added_after_the_kind_found() -> None:
    """A suggestion never leads: the reply opens with the line for what the classifier or rules found."""
    msg = embedded("the pills are on the bridge", vector(1.0, 0.95, 0.2), "risk_dv", 0.9)
    trained(neighbour_margin=0.1).process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["dv", "emergency", "suicide"]
    assert msg.get("intent")["name"] == "risk_dv"


def test_a_rule_finding_leads_even_when_a_more_urgent_kind_is_only_suggested() -> None:
    msg = embedded("he took my passport", vector(1.0, 0.0, 0.1), "greet", 0.9)
    trained().process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["trafficking", "suicide"]
    assert msg.get("intent")["name"] == "risk_trafficking"


def test_a_kind_much_less_close_is_not_added() -> None:
    msg = embedded("i want to die", vector(1.0, 0.2, 0.2), "risk_suicide", 0.9)
    trained(neighbour_margin=0.1).process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["suicide"]


MENTION = "is 988 only for suicide or can people call about other stuff too"


def test_a_subject_only_named_escalates_when_risk_examples_are_about_as_close() -> None:
    msg = embedded(MENTION, vector(1.0, 0.0, 1.02), "ask_info", 0.9)
    trained(mention_margin=0.03).process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["suicide"]


def test_a_subject_only_named_gives_way_when_benign_examples_are_clearly_closer() -> None:
    """A question about 988 is not a crisis when it reads like the questions people ask about hotlines."""
    msg = embedded(MENTION, vector(0.2, 0.0, 1.0), "ask_info", 0.9)
    trained(mention_margin=0.03).process([msg])
    assert msg.get("intent") == {"name": "ask_info", "confidence": 0.9}
    assert msg.get(RISK_KINDS_KEY) is None


def test_a_subject_only_named_escalates_when_the_classifier_is_sure_of_a_risk() -> None:
    msg = embedded(MENTION, vector(0.2, 0.0, 1.0), "risk_suicide", 0.9)
    trained().process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["suicide"]


def test_a_subject_only_named_escalates_without_nearest_examples() -> None:
    assert run(MENTION, "ask_info", 0.9).get(RISK_KINDS_KEY) == ["suicide"]


def test_a_harm_told_escalates_however_benign_the_nearest_examples() -> None:
    msg = embedded("he took my passport", vector(0.0, 0.0, 1.0), "ask_info", 0.9)
    trained().process([msg])
    assert msg.get("intent") == {"name": "risk_trafficking", "confidence": 1.0}


def test_nearest_examples_never_escalate_a_message_nobody_else_suspects() -> None:
    msg = embedded("where is a food pantry", vector(1.0, 0.0, 0.1), "request_shelter", 0.9)
    trained().process([msg])
    assert msg.get("intent") == {"name": "request_shelter", "confidence": 0.9}


# Kinyarwanda: "mum took a lot of pills, she is not talking, help me quickly".
KINYARWANDA_OVERDOSE = "mama yanyoye imiti myinshi cyane, ntavuga, mumfashe vuba"


def test_another_language_the_classifier_did_not_understand_gets_the_interpreter_lines_when_near_risk() -> None:
    msg = embedded(KINYARWANDA_OVERDOSE, vector(0.9, 0.1, 0.5), "out_of_scope", 1.0)
    trained().process([msg])
    assert msg.get("intent") == {"name": "other_language", "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) is None  # the reply's own marker carries the lines (domain.yml)


def test_another_language_near_risk_that_the_ngrams_doubt_is_left_to_the_classifier() -> None:
    """Everyday Portuguese or French sits near risk examples as often as not; the n-grams have read thousands."""
    msg = with_odds(embedded(KINYARWANDA_OVERDOSE, vector(0.9, 0.1, 0.5), "out_of_scope", 1.0), 0.05)
    trained().process([msg])
    assert msg.get("intent") == {"name": "out_of_scope", "confidence": 1.0}


def test_another_language_near_risk_gets_the_interpreter_lines_when_the_ngrams_do_not_doubt_it() -> None:
    msg = with_odds(embedded(KINYARWANDA_OVERDOSE, vector(0.9, 0.1, 0.5), "out_of_scope", 1.0), 0.2)
    trained().process([msg])
    assert msg.get("intent") == {"name": "other_language", "confidence": 1.0}


def test_another_language_near_benign_examples_is_left_to_the_classifier() -> None:
    msg = embedded("muraho, mwabona umusemuzi w'Ikinyarwanda? ndashaka ubufasha ku nzu", vector(0.1, 0.0, 1.0), "out_of_scope", 1.0)
    trained().process([msg])
    assert msg.get("intent") == {"name": "out_of_scope", "confidence": 1.0}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (KINYARWANDA_OVERDOSE, "request_medical"),  # understood, however it was written
        ("not feeling it today, whatever, just tired of everything lol", "out_of_scope"),  # English
        ("no se que hacer, estoy cansada de todo", "out_of_scope"),  # Spanish
    ],
)
def test_a_message_understood_or_in_english_or_spanish_never_gets_the_interpreter_lines(text: str, intent: str) -> None:
    msg = embedded(text, vector(0.9, 0.1, 0.5), intent, 0.9)
    trained().process([msg])
    assert msg.get("intent")["name"] != "other_language"


def test_the_trained_neighbours_survive_persist_and_load(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("risk_detector")
    context = ExecutionContext(GraphSchema({}), "test")
    config = {**RiskDetector.get_default_config(), "neighbours": 1}
    RiskDetector.create(config, storage, resource, context).train(training_data())
    loaded = RiskDetector.load(config, storage, resource, context)
    assert sorted(loaded.neighbours.labels) == ["benign", "emergency", "suicide"]


def test_an_embedding_of_the_wrong_size_leaves_rules_and_classifier_to_decide() -> None:
    detector = trained()
    wrong = embedded("he has a gun", np.ones(7, np.float32), "greet")
    detector.process([wrong])
    assert wrong.get(RISK_KINDS_KEY) == ["emergency"]


def test_a_model_without_neighbours_still_loads(tmp_path: Path) -> None:
    context = ExecutionContext(GraphSchema({}), "test")
    loaded = RiskDetector.load(RiskDetector.get_default_config(), LocalModelStorage(tmp_path), Resource("none"), context)
    assert loaded.neighbours is None
    assert run_with(loaded, "he has a gun").get(RISK_KINDS_KEY) == ["emergency"]


def test_a_pattern_line_that_does_not_read_stops_the_model_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Served, the model would leave every message to the crude phrase search, and nobody would notice."""
    rules = risk_detector.all_rules()
    slip = risk_detector.Rule("risk", "suicide", "me escape y me buscan/estan buscando")
    monkeypatch.setattr(risk_detector, "all_rules", lambda: [*rules, slip])
    monkeypatch.setattr(risk_detector, "_engine", None)
    monkeypatch.setattr(risk_detector, "_engine_failed_at", None)
    context = ExecutionContext(GraphSchema({}), "test")
    with pytest.raises(risk_detector.PatternError, match="buscan/estan"):
        RiskDetector.load(RiskDetector.get_default_config(), LocalModelStorage(tmp_path), Resource("none"), context)


def run_with(detector: RiskDetector, text: str) -> Message:
    msg = message(text, "greet")
    detector.process([msg])
    return msg


# ---------------------------------------------------------------- the n-gram odds


def with_odds(msg: Message, any_risk: float, **kinds: float) -> Message:
    """The odds RiskNgrams would have set before this component."""
    msg.set(RISK_ODDS_KEY, RiskOdds(any=any_risk, kinds={kind: kinds.get(kind, 0.0) for kind in KINDS}))
    return msg


def test_likely_odds_escalate_a_message_nobody_else_suspects_with_the_kinds_they_name() -> None:
    msg = with_odds(message("he says the room is not free anymore", "request_shelter", 0.9), 0.8, trafficking=0.7, dv=0.55)
    component().process([msg])
    assert msg.get("intent") == {"name": "risk_trafficking", "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) == ["trafficking", "dv"]


def test_likely_odds_never_escalate_a_one_word_answer_alone() -> None:
    msg = with_odds(message("no", "deny", 0.9), 0.9, suicide=0.9)
    component().process([msg])
    assert msg.get("intent") == {"name": "deny", "confidence": 0.9}
    assert msg.get(RISK_KINDS_KEY) is None


def test_likely_odds_follow_what_another_layer_found_and_never_lead() -> None:
    """911 leads only when a more precise layer found danger now: "wont let me leave the farm" reads as
    emergency to the n-grams, so its line follows the trafficking hotline."""
    msg = with_odds(message("they took my papers and wont let me leave the farm"), 1.0, emergency=0.8, trafficking=1.0)
    component().process([msg])
    assert msg.get("intent") == {"name": "risk_trafficking", "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) == ["trafficking", "emergency"]


def test_a_kind_the_nearest_examples_suggest_is_left_out_when_the_ngrams_think_it_all_but_impossible() -> None:
    """Nearly every kind sits close with the multilingual encoder: without this a reply listed every line."""
    detector = component(neighbours=1, neighbour_margin=0.1)
    detector.neighbours = Neighbours(np.stack([vector(1.0), vector(0.0, 1.0), vector(0.0, 0.0, 1.0)]), ["suicide", "dv", "benign"], 1)
    msg = with_odds(embedded("everything feels heavy lately", vector(1.0, 0.95, 0.2), "risk_suicide", 0.9), 0.5, suicide=0.2, dv=0.0001)
    detector.process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["suicide"]


def test_emergency_suicide_and_trafficking_are_never_left_out_however_unlikely_to_the_ngrams() -> None:
    msg = with_odds(embedded("the pills are on the bridge", vector(1.0, 0.95, 0.2), "risk_dv", 0.9), 0.5, dv=0.2, suicide=0.0001, emergency=0.0001)
    trained(neighbour_margin=0.1).process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["dv", "emergency", "suicide"]


def test_odds_below_the_escalation_floor_suggest_no_kind() -> None:
    msg = with_odds(message("they took my papers and wont let me leave the farm"), 0.5, emergency=0.8, trafficking=1.0)
    component().process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["trafficking"]


def test_likely_odds_alone_in_another_language_give_the_interpreter_lines() -> None:
    """The replies are in English and Spanish; the interpreter lines answer in every language."""
    kinyarwanda = "umugabo wanjye ntanyemerera gukora, afata amafaranga yose, ankangisha ko azantwara abana"
    msg = with_odds(message(kinyarwanda, "out_of_scope", 0.9), 0.9, dv=0.9)
    component().process([msg])
    assert msg.get("intent") == {"name": OTHER_LANGUAGE, "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) is None


def test_likely_odds_with_no_kind_above_its_floor_name_the_likeliest() -> None:
    msg = with_odds(message("its been three nights on the floor of the van", "greet", 0.9), 0.7, emergency=0.2, suicide=0.3)
    component().process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["suicide"]


def test_likely_suicide_escalates_when_some_risk_seems_unlikely() -> None:
    """Suicide told as a question about after ("what happens to your instagram when you die? i kinda need
    to know before tomorrow") scores low on "some risk" and higher on the suicide column."""
    text = "what happens to your instagram when you die? i kinda need to know before tomorrow"
    msg = with_odds(message(text, "out_of_scope", 0.9), 0.3, suicide=0.4, emergency=0.55)
    component(ngram_suicide_from=0.25).process([msg])
    assert msg.get("intent") == {"name": "risk_emergency", "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) == ["emergency", "suicide"]


def test_suicide_odds_below_their_floor_change_nothing() -> None:
    msg = with_odds(message("what happens to my lease if i move out early", "out_of_scope", 0.9), 0.3, suicide=0.2, emergency=0.55)
    component(ngram_suicide_from=0.25).process([msg])
    assert msg.get("intent") == {"name": "out_of_scope", "confidence": 0.9}
    assert msg.get(RISK_KINDS_KEY) is None


def test_odds_below_the_escalation_floor_change_nothing() -> None:
    ranking = [("request_shelter", 0.8), ("request_housing", 0.15)]
    msg = with_odds(message("i need a shelter in hartford", "request_shelter", 0.8, ranking), 0.5, dv=0.4)
    component().process([msg])
    assert msg.get("intent") == {"name": "request_shelter", "confidence": 0.8}
    assert msg.get(RISK_KINDS_KEY) is None


def test_unlikely_odds_withdraw_a_sure_classifier_risk_intent() -> None:
    """The classifier alone was sure; the n-grams of tens of thousands of blind messages say benign."""
    ranking = [("risk_suicide", 0.95), ("request_counseling", 0.05)]
    msg = with_odds(message("best way to sharpen kitchen knives", "risk_suicide", 0.95, ranking), 0.02)
    component().process([msg])
    assert msg.get("intent") == {"name": "request_counseling", "confidence": 0.05}
    assert msg.get(RISK_KINDS_KEY) is None


def test_unlikely_odds_alone_never_cancel_a_rule_finding() -> None:
    msg = with_odds(message("they locked me in and took my papers", "request_shelter", 0.9), 0.0)
    component().process([msg])
    assert msg.get("intent") == {"name": "risk_emergency", "confidence": 1.0}
    assert msg.get(RISK_KINDS_KEY) == ["emergency", "trafficking"]


def test_unlikely_odds_let_a_subject_only_named_give_way_however_close_the_risk_examples() -> None:
    msg = with_odds(embedded(MENTION, vector(1.0, 0.0, 0.5), "ask_info", 0.9), 0.05)
    trained(mention_margin=0.03).process([msg])
    assert msg.get("intent") == {"name": "ask_info", "confidence": 0.9}
    assert msg.get(RISK_KINDS_KEY) is None


def test_unlikely_odds_never_cancel_a_cry() -> None:
    """Twelve words or fewer naming a risk is a cry, not a subject: it escalates whatever the odds."""
    msg = with_odds(message("s u i c i d e hotline number? for me", "ask_info", 0.9), 0.0)
    component().process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["suicide"]


HOSTAGE_JOKE = "being held hostage at this baby shower send help 😂"


def test_a_harm_told_gives_way_when_every_learnt_layer_says_benign() -> None:
    msg = with_odds(embedded(HOSTAGE_JOKE, vector(0.0, 0.0, 1.0), "greet", 0.9), 0.01)
    trained(ngram_overrules_rules_below=0.05).process([msg])
    assert msg.get("intent") == {"name": "greet", "confidence": 0.9}
    assert msg.get(RISK_KINDS_KEY) is None


@pytest.mark.parametrize(
    ("v", "intent", "ranking", "odds"),
    [
        (vector(0.0, 0.0, 1.0), "risk_emergency", None, 0.01),  # the classifier suspects it
        (vector(0.0, 0.0, 1.0), "greet", [("greet", 0.7), ("risk_emergency", 0.3)], 0.01),  # as its second guess
        (vector(0.0, 1.0, 0.5), "greet", None, 0.01),  # the nearest examples are risk ones
        (vector(0.0, 0.0, 1.0), "greet", None, 0.06),  # the n-grams are not sure enough
    ],
)
def test_a_harm_told_stands_when_any_learnt_layer_sees_risk(
    v: np.ndarray, intent: str, ranking: list[tuple[str, float]] | None, odds: float
) -> None:
    msg = with_odds(embedded(HOSTAGE_JOKE, v, intent, 0.9 if ranking is None else ranking[0][1], ranking), odds)
    trained(ngram_overrules_rules_below=0.05).process([msg])
    assert msg.get("intent") == {"name": "risk_emergency", "confidence": 1.0}


PASSPORTS = "we ended up working without pay. the program people have our passports."


def test_a_harm_told_twice_stands_though_every_learnt_layer_says_benign() -> None:
    """Two lines in two sentences: not one phrase a joke borrowed."""
    msg = with_odds(embedded(PASSPORTS, vector(0.0, 0.0, 1.0), "greet", 0.9), 0.01)
    trained(ngram_overrules_rules_below=0.05).process([msg])
    assert msg.get(RISK_KINDS_KEY)[0] == "trafficking"


def test_suicide_said_outright_stands_though_every_learnt_layer_says_benign() -> None:
    msg = with_odds(embedded("can i say i wanna die here? bc i do", vector(0.0, 0.0, 1.0), "greet", 0.9), 0.01)
    trained(ngram_overrules_rules_below=0.05).process([msg])
    assert msg.get(RISK_KINDS_KEY)[0] == "suicide"


@pytest.mark.parametrize(
    ("text", "outright"),
    [
        ("i'm also kind of suicidal but that won't affect my work", True),
        ("i want to die", True),
        ("my friend says she wants to die", False),  # told about someone else: the learnt layers may still weigh it
        ("i want to die... of sleep lol", False),  # an idiom
    ],
)
def test_said_outright_means_the_writers_own_words(text: str, outright: bool) -> None:
    assert scan(text).said_outright is outright


@pytest.mark.parametrize(
    ("text", "twice"),
    [
        (PASSPORTS, True),
        ("we work without pay and they have our passports", False),  # two lines, one sentence
        ("they have our passports. they have our passports.", False),  # one line, twice
        (HOSTAGE_JOKE, False),
    ],
)
def test_told_twice_means_two_lines_in_two_sentences(text: str, twice: bool) -> None:
    assert scan(text).told_twice is twice


def test_likely_odds_let_a_subject_only_named_stand_however_benign_the_nearest_examples() -> None:
    msg = with_odds(embedded(MENTION, vector(0.2, 0.0, 1.0), "ask_info", 0.9), 0.9, suicide=0.9)
    trained(mention_margin=0.03).process([msg])
    assert msg.get(RISK_KINDS_KEY) == ["suicide"]


# ---------------------------------------------------------------- the project's pipeline


def test_project_config_places_it_after_diet_and_before_fallback() -> None:
    names = [step["name"] for step in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]]
    position = names.index("bot.risk.component.RiskDetector")
    assert names.index("DIETClassifier") < position < names.index("FallbackClassifier")
    assert names.index("bot.risk.ngram_component.RiskNgrams") < position


# DIET (one epoch) is the real classifier; a KeywordIntentClassifier after it
# makes some predictions certain, so the test knows what the classifier said:
# "killing me" is a risk_emergency keyword, "i need a shelter" a request_shelter one.
# Keywords are certain, so here an idiom overrules even a certain risk intent
# (the project's pipeline lets one of 0.9 or more stand).
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
    idiom_overrules_below: 1.01
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
