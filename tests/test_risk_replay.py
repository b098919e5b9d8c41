"""Replaying with changed risk settings, or with n-grams that never saw some rounds (bot/risk/replay.py).

The components are real; the loaded model around them is a stand-in holding
them where Rasa 3.6's graph runner keeps them, since loading a real one takes
a minute and a gigabyte (the assistant's own tests load it once, over HTTP).
"""
from __future__ import annotations

import csv
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.risk.component import NGRAM_SUICIDE_FROM_KEY, RiskDetector
from bot.risk.evaluate import main
from bot.risk.ngram_component import EXAMPLES_KEY, RiskNgrams
from bot.risk.ngrams import training_examples
from bot.risk.replay import adjust, parse_settings, round_texts

EXAMPLES = [
    ("tune", "trafficking", "the boss took my passport"),
    ("tune", "trafficking", "boss has my passport and says i owe him"),
    ("tune", "suicide", "i want to die tonight"),
    ("tune", "", "is the food pantry open today"),
    ("tune", "suicide", "gave zorblax to my sister, wont need him after friday"),
    ("tune", "suicide", "zorblax goes to my sister on friday, i wont be here"),
]
# The last two examples, as a round joined to the set would have them: the n-grams' words need two of each.
ROUND = [
    ("suicide", "Gave zorblax to my  sister, wont need him after Friday"),
    ("suicide", "zorblax goes to my sister on friday, i wont be here"),
]


def write_csv(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_a_setting_takes_the_type_of_its_default() -> None:
    assert parse_settings(["ngram_suicide_from=0.3", " ngram_min_words = 3"]) == {
        "ngram_suicide_from": 0.3,
        "ngram_min_words": 3,
    }


@pytest.mark.parametrize("pair", ["suicide_from=0.3", "ngram_suicide_from=", "ngram_suicide_from", "neighbours=5"])
def test_an_unknown_or_empty_setting_is_refused_with_the_keys_it_could_be(pair: str) -> None:
    with pytest.raises(ValueError, match="ngram_suicide_from"):
        parse_settings([pair])


def test_a_value_of_the_wrong_type_names_the_setting() -> None:
    with pytest.raises(ValueError, match="ngram_min_words takes an int"):
        parse_settings(["ngram_min_words=2.5"])


def test_a_held_back_round_is_not_learnt_whatever_its_case_and_spacing(tmp_path: Path) -> None:
    examples = write_csv(tmp_path / "risk_eval.csv", ["split", "kinds", "text"], EXAMPLES)
    held = round_texts([write_csv(tmp_path / "round.csv", ["kinds", "text"], ROUND)])
    texts, _ = training_examples(examples, held)
    assert len(texts) == len(EXAMPLES) - 2
    assert not any("zorblax" in text for text in texts)


def test_adjust_swaps_the_settings_and_the_ngrams_and_leaves_the_rest(tmp_path: Path) -> None:
    examples = write_csv(tmp_path / "risk_eval.csv", ["split", "kinds", "text"], EXAMPLES)
    round_file = write_csv(tmp_path / "round.csv", ["kinds", "text"], ROUND)
    detector = RiskDetector({})
    ngrams = RiskNgrams({EXAMPLES_KEY: str(examples)})
    nodes = {"detector": SimpleNamespace(_component=detector), "ngrams": SimpleNamespace(_component=ngrams)}
    agent = SimpleNamespace(processor=SimpleNamespace(graph_runner=SimpleNamespace(_instantiated_nodes=nodes)))

    adjust(agent, {NGRAM_SUICIDE_FROM_KEY: 0.4}, [round_file])

    replayed = nodes["detector"]._component
    assert replayed.ngram_suicide_from == 0.4
    assert replayed.classifier_threshold == detector.classifier_threshold
    assert detector.ngram_suicide_from == 0.25  # the loaded one is replaced, not changed
    assert nodes["ngrams"]._component is ngrams and ngrams.model is not None
    assert "zorblax" not in ngrams.model.words.vocabulary_  # a word only the held-back messages had


def test_replay_options_without_a_model_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--set", "ngram_suicide_from=0.3"])
    assert exit_.value.code == 2
    assert "--with-model" in capsys.readouterr().err
