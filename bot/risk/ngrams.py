"""The fourth layer of risk detection: a linear model over the words and letters of blind-written messages.

Why: the classifier (DIET) learns from the few thousand examples in data/nlu,
and each rule line from the wording it was written for; neither generalises
far (on blind rounds, rule lines written for one round's misses found almost
none of the next round's). The evaluation set's `tune` split holds tens of
thousands of blind-written messages, risk and look-alike alike. Logistic
regression over their word and character n-grams trains in about a minute
and reads misspellings, SMS shorthand and Spanish through shared letter
sequences. Trained on the tuning messages written before fresh296 and scored
on fresh296-335 (10,318 messages nobody had tuned on), with the thresholds
kept (component.py), it escalated 79 of the 105 emergency, suicide and
trafficking messages that rules, classifier and nearest examples had all let
through, and false alarms fell from 578 to 475 of 4,149. On twelve sealed
rounds after that (3,123 messages), the emergency, suicide and trafficking
messages left unescalated fell from 23 to 4 and false escalation from 11.4% to
8.5% (docs/risk-history.md).

Laughter is left out of what it reads ("pills kicking in lol 💀"): it had
learnt that a "lol" or a skull means a joke, so risk told as a joke scored
near zero. Replayed on fresh336-361 with n-grams that never saw them, 3 more
emergency, suicide and trafficking messages escalated for 9 more false alarms
in 2,701; on fresh362-369, sealed, 1 more for none.

The held-out split is never learnt from: a message that is also held out,
whatever its case and spacing, is left out too, so the held-out figures stay honest.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier

from rasa.shared.nlu.training_data.message import Message

from bot.risk.detector import KINDS
from bot.risk.evaluate import load_cases

HELD_OUT = "heldout"
FILE_NAME = "ngrams.joblib"
# The message property RiskNgrams (bot/risk/ngram_component.py) sets and RiskDetector reads.
RISK_ODDS_KEY = "risk_ngram_odds"
# The first column says "some risk, whichever kind"; one more per kind. A model
# of "any risk" found more must-catch messages at the same false alarms than the
# likeliest of the kinds' models did on fresh296-335 (at 0.6 and a C of 4).
COLUMNS = ("any", *KINDS)
# Laughing words and emojis, however long drawn out ("lmaooo", "jajaja").
LAUGHTER = re.compile(
    r"\b(?:lo+l+|lmf?a+o+|rofl|ha(?:ha)+h?|ja(?:ja)+j?|jk|xd+)\b|[\U0001F602\U0001F923\U0001F480\U0001F605\U0001F606\U0001F643\u2620]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RiskOdds:
    """How likely a message shows some risk, and each kind, by the n-gram model."""

    any: float
    kinds: dict[str, float]

    def above(self, floor: float) -> list[str]:
        """Every kind at least `floor` likely."""
        return [kind for kind in KINDS if self.kinds.get(kind, 0.0) >= floor]

    def likeliest(self, floor: float) -> list[str]:
        """Every kind at least `floor` likely; the likeliest one when none is."""
        return self.above(floor) or [max(KINDS, key=lambda kind: self.kinds.get(kind, 0.0))]


def odds_of(message: Message) -> RiskOdds | None:
    """The odds RiskNgrams set on this message; None when the model has no n-gram layer."""
    odds = message.get(RISK_ODDS_KEY)
    return odds if isinstance(odds, RiskOdds) else None


def training_examples(path: Path, leave_out: Collection[str] = frozenset()) -> tuple[list[str], list[tuple[str, ...]]]:
    """Texts and kinds of every evaluation message outside the held-out split, and of none written again in it.

    `leave_out` (folded texts) trains a model that never saw some rounds, to replay them (bot/risk/replay.py).
    """
    cases = load_cases("all", path)
    held_out = {folded(case.text) for case in cases if case.split == HELD_OUT} | set(leave_out)
    kept = [case for case in cases if case.split != HELD_OUT and folded(case.text) not in held_out]
    return [case.text for case in kept], [case.kinds for case in kept]


def without_laughter(text: str) -> str:
    """What the n-grams read: the message in lower case, its laughter left out (see the module docstring)."""
    return " ".join(LAUGHTER.sub(" ", text).split()).lower()


def folded(text: str) -> str:
    """The same message whatever its case and spacing."""
    return " ".join(text.casefold().split())


class NgramModel:
    """Word (1-2) and character (2-5, within words) n-grams, weighted by tf-idf, one logistic regression per column."""

    def __init__(self, words: TfidfVectorizer, letters: TfidfVectorizer, classifier: OneVsRestClassifier) -> None:
        self.words = words
        self.letters = letters
        self.classifier = classifier

    @classmethod
    def train(cls, texts: Sequence[str], kinds: Sequence[Sequence[str]], c: float = 20.0) -> NgramModel:
        """`c` is the inverse regularisation: 20 found the most must-catch messages at the fewest
        false alarms of 1, 4, 12, 20, 30 and 100 on fresh296-335."""
        words = TfidfVectorizer(
            preprocessor=without_laughter, ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=np.float32
        )
        letters = TfidfVectorizer(
            preprocessor=without_laughter, analyzer="char_wb", ngram_range=(2, 5), min_df=3,
            max_features=300_000, sublinear_tf=True, dtype=np.float32,
        )
        features = hstack([words.fit_transform(texts), letters.fit_transform(texts)]).tocsr()
        for vectorizer in (words, letters):
            vectorizer.stop_words_ = None  # every n-gram left out, kept for introspection only: tens of MB stored
        labels = np.array([[bool(found), *(kind in found for kind in KINDS)] for found in kinds], dtype=int)
        regression = LogisticRegression(C=c, solver="liblinear", max_iter=3000, random_state=0)
        classifier = OneVsRestClassifier(regression, n_jobs=2)
        classifier.fit(features, labels)
        return cls(words, letters, classifier)

    def odds(self, text: str) -> RiskOdds:
        features = hstack([self.words.transform([text]), self.letters.transform([text])]).tocsr()
        row = self.classifier.predict_proba(features)[0]
        values = dict(zip(COLUMNS, (float(value) for value in row)))
        return RiskOdds(any=values.pop("any"), kinds=values)

    def save(self, folder: Path) -> None:
        joblib.dump((self.words, self.letters, self.classifier), folder / FILE_NAME)

    @classmethod
    def load(cls, folder: Path) -> NgramModel:
        words, letters, classifier = joblib.load(folder / FILE_NAME)
        return cls(words, letters, classifier)
