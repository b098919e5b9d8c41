"""The n-gram risk model and its Rasa component: trained on a small evaluation file written here.

The model is real (tf-idf and logistic regression, trained in the test); the
file holds fictional messages in the evaluation set's format, held-out rows
included, so the tests can show those are never learnt from.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.risk.ngram_component import RiskNgrams
from bot.risk.ngrams import RISK_ODDS_KEY, NgramModel, RiskOdds, odds_of, training_examples, without_laughter

ROWS = [
    ("tune", "trafficking", "the boss took my passport"),
    ("tune", "trafficking", "my boss keeps my passport"),
    ("tune", "trafficking", "boss has my passport and says i owe him"),
    ("tune", "trafficking", "he keeps my passport till i pay the debt"),
    ("tune", "suicide", "i want to die tonight"),
    ("tune", "suicide", "i want to die, cant do this"),
    ("tune", "emergency;suicide", "took all the pills, want to die"),
    ("dev", "", "what time does the food pantry open"),
    ("dev", "", "is the food pantry open today"),
    ("classifier", "", "food pantry hours please"),
    ("tune", "", "where is the food pantry in hartford"),
    ("tune", "", "when does the pantry open on saturday"),
    # Laughter in benign messages only: a model that read it would lower the odds of a joke told around risk.
    ("tune", "", "lol this homework is killing me 💀"),
    ("tune", "", "jajaja me muero de la risa 😂🤣"),
    ("tune", "", "jajaja im dead lmaooo the pantry line was so long 😂"),
    ("heldout", "trafficking", "They keep my  passport locked in the office"),
    ("tune", "trafficking", "they keep my passport locked in the office"),
]


def write_examples(path: Path, rows: list[tuple[str, str, str]] = ROWS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["split", "kinds", "text"])
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_examples(tmp_path_factory.mktemp("ngrams") / "risk_eval.csv")


@pytest.fixture(scope="module")
def model(examples: Path) -> NgramModel:
    return NgramModel.train(*training_examples(examples))


def test_held_out_messages_are_never_training_examples_nor_written_again_elsewhere(examples: Path) -> None:
    texts, kinds = training_examples(examples)
    assert len(texts) == len(kinds) == len(ROWS) - 2
    assert not any("locked in the office" in text for text in texts)


def test_every_other_split_is_learnt_from_with_its_kinds(examples: Path) -> None:
    texts, kinds = training_examples(examples)
    learnt = dict(zip(texts, kinds))
    assert learnt["took all the pills, want to die"] == ("emergency", "suicide")
    assert learnt["food pantry hours please"] == ()


def test_risk_wording_is_likelier_than_everyday_wording(model: NgramModel) -> None:
    passport = model.odds("my boss took my pasport")
    pantry = model.odds("is the pantry open")
    assert passport.any > pantry.any
    assert passport.kinds["trafficking"] > passport.kinds["suicide"]
    assert model.odds("i want to die").kinds["suicide"] > model.odds("i want to die").kinds["trafficking"]


@pytest.mark.parametrize("joke", ["i want to die lol 💀", "i want to die LMAOOO", "jajaja i want to die 😂🤣"])
def test_laughter_around_risk_does_not_lower_its_odds(model: NgramModel, joke: str) -> None:
    assert model.odds(joke) == model.odds("i want to die")


def test_words_that_only_contain_laughter_are_read_whole() -> None:
    assert without_laughter("Lollipop at the Xdrive jkl, HAHAHA jk") == "lollipop at the xdrive jkl,"


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "ñ" * 5000, "🙂🙂"])
def test_odd_text_gets_odds_between_zero_and_one(model: NgramModel, text: str) -> None:
    odds = model.odds(text)
    assert 0.0 <= odds.any <= 1.0
    assert all(0.0 <= value <= 1.0 for value in odds.kinds.values())


def test_the_model_survives_save_and_load(model: NgramModel, tmp_path: Path) -> None:
    model.save(tmp_path)
    assert NgramModel.load(tmp_path).odds("boss keeps my passport") == model.odds("boss keeps my passport")


def test_likeliest_names_every_kind_above_the_floor_or_else_the_likeliest() -> None:
    odds = RiskOdds(any=0.9, kinds={"emergency": 0.1, "suicide": 0.2, "child": 0.0, "trafficking": 0.7, "sa": 0.0, "dv": 0.6})
    assert odds.likeliest(0.5) == ["trafficking", "dv"]
    assert odds.likeliest(0.8) == ["trafficking"]


# ---------------------------------------------------------------- the Rasa component


def test_the_component_trains_stores_loads_and_sets_odds(examples: Path, tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("risk_ngrams")
    config = {**RiskNgrams.get_default_config(), "examples": str(examples)}
    RiskNgrams(config, storage, resource).train(TrainingData())
    loaded = RiskNgrams.load(config, storage, resource, execution_context=None)  # type: ignore[arg-type]
    message = Message(data={"text": "the boss keeps my passport"})
    loaded.process([message])
    assert isinstance(odds_of(message), RiskOdds)
    assert RISK_ODDS_KEY not in message.as_dict(only_output_properties=True)


def test_the_component_also_learns_the_classifiers_examples(examples: Path, tmp_path: Path) -> None:
    """Everyday answers are among them; the evaluation set alone has few, so "no" read as likely risk."""
    answers = [Message.build(text, "deny") for text in ("nope nope", "nope, nope", "nope nope nope")]
    config = {**RiskNgrams.get_default_config(), "examples": str(examples)}
    alone, taught = RiskNgrams(config), RiskNgrams(config)
    alone.train(TrainingData())
    taught.train(TrainingData(answers))
    assert taught.model.odds("nope nope").any < alone.model.odds("nope nope").any


def test_a_model_without_the_ngram_layer_still_loads_and_sets_nothing(tmp_path: Path) -> None:
    loaded = RiskNgrams.load(RiskNgrams.get_default_config(), LocalModelStorage(tmp_path), Resource("none"), execution_context=None)  # type: ignore[arg-type]
    message = Message(data={"text": "hello"})
    loaded.process([message])
    assert odds_of(message) is None


def test_a_changed_examples_file_changes_the_fingerprint(tmp_path: Path) -> None:
    """Rasa's training cache would otherwise answer a changed evaluation set with the old model."""
    path = write_examples(tmp_path / "risk_eval.csv")
    config = {"examples": str(path)}
    before = RiskNgrams.fingerprint_addon(config)
    write_examples(path, [*ROWS, ("tune", "", "where can i renew my passport")])
    assert RiskNgrams.fingerprint_addon(config) != before
