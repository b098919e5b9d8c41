"""The Rasa NLU component that decides whether a message escalates, and with which kinds.

Four layers, placed after DIETClassifier and before FallbackClassifier:

* the rules in bot/risk are written down and checked: when they find a risk,
  the intent becomes `risk_<most urgent kind>` with confidence 1.0, whatever
  the classifier thought. Someone who writes "they locked me in and took my
  papers" must never be offered a shelter form. Two exceptions: a finding
  that only names a subject in a longer message ("im on jury duty for a
  trafficking case starting monday and my car is in the shop") stands unless
  the nearest examples lean clearly towards benign ones (the classifier may
  still escalate it, as below); and a harm told in a joke or a mishap ("being
  held hostage at this baby shower send help 😂") gives way only when all
  three learnt layers below lean away from risk at once;
* the classifier (DIET) is the second layer: its top intent, when a risk one
  and confident, escalates too. A less confident one escalates only when the
  message is at least as close to risk examples as to benign ones (the third
  layer), so a crisis told in words the classifier is unsure of is not
  swallowed as "didn't understand"; otherwise the classifier's best other guess stands, so "need a
  ride to my dialysis appointment" is not answered with a crisis line. A risk
  intent that is only the classifier's second guess, at some confidence, is
  treated the same way: "been sitting in the bathtub w a razor for an hour"
  can come out as `request_hotline` first and `risk_suicide` next. A
  classifier risk intent on a message the rules recognise as an everyday idiom
  ("this traffic is killing me") becomes `out_of_scope`, unless the classifier
  is all but certain (the idiom may be the joke around a real risk: "lmao this
  semester is killing me, honestly thinking about letting it"); one on a message that
  says plainly the writer is safe ("nobody is hurting me, I just need diaper
  help"), where no rule found anything, gives way to the classifier's other
  guess, for danger now, sexual assault and domestic violence only (see
  SAFETY_STATEMENTS in bot/risk/patterns/guards.py);
* the nearest training examples (bot/risk/neighbours.py) add every kind about
  as close as the closest one, so one reply carries the lines for all of them:
  the classifier names one kind, and often the wrong one of two (a child,
  sexual assault or domestic violence kind the n-gram model thinks all but
  impossible is left out);
* the n-gram model (bot/risk/ngrams.py, whose odds RiskNgrams sets just before
  this component) learnt from tens of thousands of blind-written messages: when
  it thinks risk likely, the message escalates with the kinds it names; when it
  thinks risk very unlikely, neither the classifier's risk guess alone nor a
  subject the rules found only named escalates (a harm the rules found still
  does, unless the classifier and the nearest examples see no risk either).

A message nobody suspects, in a language the assistant cannot read
(bot/unread_language.py: neither English nor Spanish), that the classifier
did not understand, gets the lines that answer in every language
(`other_language`) when the nearest examples are at least as close to risk
as to benign ones and the n-gram model does not think risk very unlikely:
the multilingual encoder still places "mama yanyoye imiti myinshi cyane"
(Kinyarwanda: mum took a lot of pills) near overdoses, where the classifier
answers `out_of_scope`.

Every escalation sets the intent to the most urgent kind the rules or the
classifier found, with confidence 1.0 (so the FallbackClassifier after it
cannot undo it), and lists every kind in the `risk_kinds` output property:
that one first, then the others found, then those only the nearest examples
or the n-grams suggest. A suggestion never leads: "my boss took my passport" is close to
examples that also mention wanting to die, and must still open with the
trafficking hotline, not 988.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    METADATA,
    METADATA_EXAMPLE,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.risk.detector import KINDS, Finding, PatternError, engine, order_kinds, scan
from bot.risk.neighbours import Closeness, Neighbours, label_of
from bot.risk.ngrams import RiskOdds, odds_of
from bot.risk.patterns import SAFETY_OVERRULES
from bot.risk.replies import RISK_KINDS_KEY
from bot.unread_language import OTHER_LANGUAGE, written_in_another_language

logger = logging.getLogger(__name__)

RISK_INTENT_PREFIX = "risk_"
OUT_OF_SCOPE = "out_of_scope"
# The classifier's other guesses stay in the ranking, scaled down so that
# FallbackClassifier's ambiguity check (top two closer than its threshold)
# can never turn an escalation into nlu_fallback.
OTHERS_SCALE_KEY = "others_confidence_scale"
# A classifier risk intent at least this confident escalates on its own; a
# less confident one only when the nearest examples agree. Measured on a blind
# set, raising it from the fallback threshold (0.45) to 0.8 cut false alarms
# by a fifth and missed no risk message more.
CLASSIFIER_THRESHOLD_KEY = "classifier_threshold"
# How many closest examples of each kind are averaged, and how much less close
# than the closest kind another kind may be and still be added.
NEIGHBOURS_KEY = "neighbours"
NEIGHBOUR_MARGIN_KEY = "neighbour_margin"
# A kind only the nearest examples suggest is left out when the n-gram model thinks it
# less likely than this, except the three no message may miss (NEVER_LEFT_OUT). With
# the multilingual encoder nearly every kind sits within neighbour_margin of the
# closest, so a reply named 4.6 kinds on average (5.5 on a false alarm). Replayed on
# fresh572-585 (n-grams that had not learnt them) and held-out: 4.1 kinds (4.3), and
# no escalated risk message lost a kind it shows. Checked on fresh556-571: 5.3 -> 4.8
# (5.8 -> 4.8); five messages lost a child, sexual assault or domestic violence line,
# each keeping its lead line and two others. Leaving out the three as well (4.6 -> 3.4)
# cost one trafficking line there: a husband who keeps his wife's residence card.
NGRAM_RULES_OUT_BELOW_KEY = "ngram_rules_out_below"
NEVER_LEFT_OUT = frozenset({"emergency", "suicide", "trafficking"})
# A risk intent below the classifier's top guess still counts as suspected from
# this confidence on (and then only when the nearest examples agree). Measured
# on blind sets: it recovers risk messages that ordinary-request training data
# pulled towards `request_*`, at no cost in false alarms.
SECOND_GUESS_FLOOR_KEY = "second_guess_floor"
# A classifier risk intent at least this confident stands even beside an
# everyday idiom. Measured on blind rounds: it found three suicide messages
# told as jokes that the idiom had silenced, for two false alarms in 4,300.
IDIOM_OVERRULES_BELOW_KEY = "idiom_overrules_below"
# A rule finding that only names a subject in a message longer than a cry
# ("im on jury duty for a trafficking case...", Finding.mentions_only)
# stands when the nearest risk examples are no more than this much less
# close than the nearest benign ones; otherwise the classifier decides as it
# would alone. Measured on 32 blind rounds: 68 false alarms fewer, no kind
# lost; on the 33 rounds after them, each scored before its own rules were
# written: 72 fewer in 3,636 benign messages, no kind lost (held-out, counted
# only: 18 fewer, none lost).
MENTION_MARGIN_KEY = "mention_margin"
# The classifier understood a message in another language when its top intent is not
# `out_of_scope` and at least this sure; otherwise the message may get the interpreter lines.
# Measured on twelve blind rounds: 14 emergency, suicide or trafficking messages that got no
# line now get them, for 26 benign messages in other languages that get them too (held-out,
# counted only: 2).
UNDERSTOOD_FROM_KEY = "understood_from"
# The n-gram model (bot/risk/ngrams.py, set by RiskNgrams before this component):
# a message it thinks at least this likely to show some risk escalates with the
# kinds it finds at least NGRAM_NAMES_FROM likely (or its likeliest); one it
# thinks less likely than NGRAM_DOUBTS_BELOW does not escalate on the classifier's
# word alone. Chosen on fresh296-335, with the model trained on the rounds before
# them: of the 105 emergency, suicide and trafficking messages the other layers let
# through, 79 escalate; false alarms 578 -> 475 of 4,149 (docs/risk-history.md).
# Nor does a doubted message get the interpreter lines on the nearest examples' word
# alone: replayed on fresh557, 566, 571, 578 and 582 with n-grams that had not learnt
# them, and on the held-out split, 35 of the 56 messages that got those lines were
# benign and doubted ("queria saber se tem associacao cabo-verdiana em bridgeport");
# none of the 7 risk messages among them was, the least likely at 0.14.
NGRAM_ESCALATES_FROM_KEY = "ngram_escalates_from"
NGRAM_NAMES_FROM_KEY = "ngram_names_from"
NGRAM_DOUBTS_BELOW_KEY = "ngram_doubts_below"
# The n-grams' suicide column on its own: a message it thinks at least this likely
# to show suicide escalates as suicide even when "some risk" is below
# NGRAM_ESCALATES_FROM. Suicide told as a joke, a hint or paperwork ("what happens
# to your instagram when you die? i kinda need to know before tomorrow") scores
# low on "some risk", whose examples are mostly harms told plainly. Replayed on
# fresh381-408 with n-grams that never saw them, the emergency, suicide and
# trafficking messages left unescalated fell from 42 to 21 and false alarms rose
# from 203 to 239 of 3,078 (0.4: 29 and 222; 0.3: 25 and 233; 0.2: 19 and 247);
# on fresh409-416, scored before their own lines: 19 to 10, and 64 to 73 of 891.
# Neither "some risk" at 0.5 or 0.4 (37 and 29 left) nor the three must-catch
# kinds' columns at 0.3 (25, for 242 false alarms) did as well.
NGRAM_SUICIDE_FROM_KEY = "ngram_suicide_from"
# A harm the rules found stands unless every learnt layer leans away from it: the
# classifier suspects no risk, the nearest examples are benign ones, and the n-grams
# think it less likely than this ("being held hostage at this baby shower send help 😂").
# Chosen on fresh336-347 replayed with n-grams that never saw them: 26 of the 83 rule
# false alarms withdrawn, no risk message lost, at any floor from 0.01 to 0.05; checked on
# fresh348-355, sealed: 25 of 71, none lost (without the classifier's say, a suicide
# plan told in the middle of a long message was lost at 0.05). A harm found by two
# different lines in two sentences always stands (Finding.told_twice): "the program
# people have our passports" after "working without pay". Replayed on fresh381-444
# (16,936 messages, each capture with n-grams that had not learnt it): 2 must-catch
# messages more escalate, no benign one; two lines anywhere, even in one sentence:
# 4 more, for 9 false alarms (idioms, "i wanna die" in song lyrics).
# Suicide said outright (Finding.said_outright: "can I say I wanna die here? bc I do")
# stands too. Replayed on the first scores of fresh449-480 (8,528 messages): 2
# must-catch messages more escalate, for 1 false alarm ("I want to die... of sleep"),
# which an idiom line now covers; every suicide line standing had cost 2 false
# alarms more, both talk about "kms" and "sewer slide".
NGRAM_OVERRULES_RULES_BELOW_KEY = "ngram_overrules_rules_below"
# Fewer words than this never escalate on the n-grams alone: a one-word answer in a
# conversation ("no" is 0.52 likely risk to them) is the rules' and the classifier's
# to read. On fresh296-347 no one-word message escalated on the n-grams alone anyway.
NGRAM_MIN_WORDS_KEY = "ngram_min_words"
# A training example's metadata key listing every kind it shows (data/nlu/risk_several.yml).
KINDS_METADATA_KEY = "kinds"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class RiskDetector(GraphComponent, IntentClassifier):
    """Decides escalation from rules, classifier and nearest examples (see the module docstring for why)."""

    @classmethod
    def required_components(cls) -> list[type]:
        """None that Rasa can check: training reads only featurized examples, so a classifier is
        never upstream of the training node. config.yml's order (after DIET) is checked by a test."""
        return []

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            OTHERS_SCALE_KEY: 0.5,
            CLASSIFIER_THRESHOLD_KEY: 0.8,
            NEIGHBOURS_KEY: 3,
            NEIGHBOUR_MARGIN_KEY: 0.1,
            NGRAM_RULES_OUT_BELOW_KEY: 0.001,
            SECOND_GUESS_FLOOR_KEY: 0.1,
            IDIOM_OVERRULES_BELOW_KEY: 0.9,
            MENTION_MARGIN_KEY: 0.03,
            UNDERSTOOD_FROM_KEY: 0.6,
            NGRAM_ESCALATES_FROM_KEY: 0.6,
            NGRAM_NAMES_FROM_KEY: 0.5,
            NGRAM_DOUBTS_BELOW_KEY: 0.1,
            NGRAM_SUICIDE_FROM_KEY: 0.25,
            NGRAM_OVERRULES_RULES_BELOW_KEY: 0.05,
            NGRAM_MIN_WORDS_KEY: 2,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage | None = None,
        resource: Resource | None = None,
        neighbours: Neighbours | None = None,
    ) -> None:
        self.component_config = {**self.get_default_config(), **config}
        scale = float(self.component_config[OTHERS_SCALE_KEY])
        self.others_scale = min(max(scale, 0.0), 0.9)
        self.classifier_threshold = float(self.component_config[CLASSIFIER_THRESHOLD_KEY])
        self.neighbour_margin = float(self.component_config[NEIGHBOUR_MARGIN_KEY])
        self.ngram_rules_out_below = float(self.component_config[NGRAM_RULES_OUT_BELOW_KEY])
        self.second_guess_floor = float(self.component_config[SECOND_GUESS_FLOOR_KEY])
        self.idiom_overrules_below = float(self.component_config[IDIOM_OVERRULES_BELOW_KEY])
        self.mention_margin = float(self.component_config[MENTION_MARGIN_KEY])
        self.understood_from = float(self.component_config[UNDERSTOOD_FROM_KEY])
        self.ngram_escalates_from = float(self.component_config[NGRAM_ESCALATES_FROM_KEY])
        self.ngram_names_from = float(self.component_config[NGRAM_NAMES_FROM_KEY])
        self.ngram_doubts_below = float(self.component_config[NGRAM_DOUBTS_BELOW_KEY])
        self.ngram_suicide_from = float(self.component_config[NGRAM_SUICIDE_FROM_KEY])
        self.ngram_overrules_rules_below = float(self.component_config[NGRAM_OVERRULES_RULES_BELOW_KEY])
        self.ngram_min_words = int(self.component_config[NGRAM_MIN_WORDS_KEY])
        self.neighbours = neighbours
        self._model_storage = model_storage
        self._resource = resource

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RiskDetector:
        """Builds the rule engine now, at model load, so the first person to write does not wait."""
        _build_rules()
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> RiskDetector:
        """The trained neighbours, when the model has them; without them the rules and classifier still decide."""
        _build_rules()
        k = int({**cls.get_default_config(), **config}[NEIGHBOURS_KEY])
        neighbours = None
        try:
            with model_storage.read_from(resource) as folder:
                neighbours = Neighbours.load(folder, k)
        except (ValueError, OSError, KeyError):
            logger.warning("risk detector: no nearest-example data in this model; rules and classifier only")
        return cls(config, model_storage, resource, neighbours)

    def train(self, training_data: TrainingData) -> Resource:
        """Keeps the sentence embedding of every intent example, labelled with its risk kinds or `benign`."""
        vectors, labels = [], []
        for example in training_data.intent_examples:
            vector = sentence_vector(example)
            if vector is not None:
                vectors.append(vector)
                labels.append(label_of(kinds_of_example(example)))
        if vectors:
            k = int(self.component_config[NEIGHBOURS_KEY])
            self.neighbours = Neighbours(np.stack(vectors), labels, k)
            if self._model_storage is not None and self._resource is not None:
                with self._model_storage.write_to(self._resource) as folder:
                    self.neighbours.save(folder)
        else:
            logger.warning("risk detector: no sentence embeddings in the training data; nearest examples unused")
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self.process_message(message)
        return messages

    def process_message(self, message: Message) -> None:
        """One message: rules, then the classifier checked by the nearest examples and the n-grams, then extra kinds."""
        text = message.get(TEXT) or ""
        finding = scan(text)
        odds = odds_of(message)
        likely = self._likely_kinds(odds) if len(text.split()) >= self.ngram_min_words else []
        suspected, confidence = self._classifier_risk(message)
        on_top = suspected is not None
        if not on_top:
            suspected, confidence = self._second_guess(message)
        if not finding.kinds and not suspected and not likely:
            if not self._ngrams_doubt(odds) and self._unread_and_near_risk(message, text):
                self._decide(message, {INTENT_NAME_KEY: OTHER_LANGUAGE, PREDICTED_CONFIDENCE_KEY: 1.0}, drop=OTHER_LANGUAGE)
                logger.debug("message in another language, near risk examples: interpreter lines")
            return  # most messages: nothing to decide, so the nearest examples are not consulted
        closeness = self._closeness(message)
        believed = (
            bool(suspected)
            and not _overruled(finding, suspected, confidence < self.idiom_overrules_below)
            and self._classifier_is_believed(confidence, closeness)
            and not self._ngrams_doubt(odds)
        )
        ruled = finding.kinds if believed or likely or self._rules_decide(finding, closeness, odds, suspected) else ()
        kinds = [*ruled, *([suspected] if believed else [])]
        if believed and confidence < self.classifier_threshold and closeness is not None:
            kinds.append(closeness.closest)  # what vouched for an unsure classifier counts as found
        if not kinds and likely and written_in_another_language(text):
            # Only the n-grams saw risk, in a language the replies are not written in: the lines with interpreters.
            self._decide(message, {INTENT_NAME_KEY: OTHER_LANGUAGE, PREDICTED_CONFIDENCE_KEY: 1.0}, drop=OTHER_LANGUAGE)
        elif kinds or likely:
            # The n-grams lead only when no other layer found a kind: theirs are the least precise.
            self._escalate(message, kinds or likely, closeness, odds, likely)
        elif on_top and finding.idiom_matched:
            self._demote(message)
        elif on_top:
            self._doubt(message)

    def _likely_kinds(self, odds: RiskOdds | None) -> list[str]:
        """The kinds the n-gram model names when it thinks risk, or suicide, likely enough to escalate; none otherwise."""
        if odds is None:
            return []
        if odds.any >= self.ngram_escalates_from:
            return odds.likeliest(self.ngram_names_from)
        if odds.kinds.get("suicide", 0.0) >= self.ngram_suicide_from:
            return list(order_kinds({"suicide", *odds.above(self.ngram_names_from)}))
        return []

    def _ngrams_doubt(self, odds: RiskOdds | None) -> bool:
        return odds is not None and odds.any < self.ngram_doubts_below

    def _unread_and_near_risk(self, message: Message, text: str) -> bool:
        """Not understood, neither English nor Spanish, and no further from risk examples than from benign ones."""
        intent = message.get(INTENT) or {}
        name = intent.get(INTENT_NAME_KEY)
        if name == OTHER_LANGUAGE:
            return False  # an unread script: already answered with those lines
        understood = name not in (None, OUT_OF_SCOPE) and float(intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0) >= self.understood_from
        if understood or not written_in_another_language(text):
            return False
        closeness = self._closeness(message)
        return closeness is not None and closeness.risk_at_least_as_close()

    def _rules_decide(
        self, finding: Finding, closeness: Closeness | None, odds: RiskOdds | None, suspected: str | None
    ) -> bool:
        """A harm the rules found decides unless every learnt layer leans away from it, and always when
        told twice or when suicide is said outright; a subject only named, unless the nearest examples or
        the n-gram model lean away (on fresh336-347: 6 false alarms fewer, no risk lost)."""
        if not finding.mentions_only:
            return finding.told_twice or finding.said_outright or not self._learnt_layers_all_say_benign(
                closeness, odds, suspected
            )
        if self._ngrams_doubt(odds):
            return False
        return closeness is None or closeness.best >= closeness.benign - self.mention_margin

    def _learnt_layers_all_say_benign(
        self, closeness: Closeness | None, odds: RiskOdds | None, suspected: str | None
    ) -> bool:
        """A joke or an everyday mishap told in a rule's words; without any one layer's view, never."""
        return (
            suspected is None
            and odds is not None
            and odds.any < self.ngram_overrules_rules_below
            and closeness is not None
            and not closeness.risk_at_least_as_close()
        )

    def _classifier_is_believed(self, confidence: float, closeness: Closeness | None) -> bool:
        if confidence >= self.classifier_threshold:
            return True
        return closeness is not None and closeness.risk_at_least_as_close()

    def _escalate(
        self,
        message: Message,
        kinds: Iterable[str],
        closeness: Closeness | None,
        odds: RiskOdds | None,
        likely: Iterable[str] = (),
    ) -> None:
        """The kinds found lead, in urgency order; the kinds the nearest examples and the n-grams suggest follow."""
        found = order_kinds(kinds)
        near = closeness.kinds_within(self.neighbour_margin) if closeness is not None else []
        if odds is not None:
            near = [
                kind for kind in near
                if kind in NEVER_LEFT_OUT or odds.kinds.get(kind, 0.0) >= self.ngram_rules_out_below
            ]
        suggested = order_kinds([*near, *likely])
        ordered = [*found, *(kind for kind in suggested if kind not in found)]
        decision = {INTENT_NAME_KEY: f"{RISK_INTENT_PREFIX}{ordered[0]}", PREDICTED_CONFIDENCE_KEY: 1.0}
        self._decide(message, decision, drop=decision[INTENT_NAME_KEY])
        message.set(RISK_KINDS_KEY, ordered, add_to_output=True)
        logger.debug("risk escalation: %s", ",".join(ordered))

    def _demote(self, message: Message) -> None:
        demoted = message.get(INTENT, {}).get(INTENT_NAME_KEY)
        decision = {INTENT_NAME_KEY: OUT_OF_SCOPE, PREDICTED_CONFIDENCE_KEY: 1.0}
        self._decide(message, decision, drop=OUT_OF_SCOPE)
        logger.debug("classifier intent %s overruled: everyday idiom", demoted)

    def _doubt(self, message: Message) -> None:
        """An unbelieved risk guess gives way to the classifier's best other guess (or to the fallback)."""
        ranking = message.get(INTENT_RANKING_KEY) or []
        others = [entry for entry in ranking if not kind_of_intent(entry.get(INTENT_NAME_KEY))]
        doubted = [entry for entry in ranking if kind_of_intent(entry.get(INTENT_NAME_KEY))]
        best = others[0] if others else {INTENT_NAME_KEY: OUT_OF_SCOPE, PREDICTED_CONFIDENCE_KEY: 0.0}
        message.set(INTENT, dict(best), add_to_output=True)
        message.set(INTENT_RANKING_KEY, [*others, *doubted], add_to_output=True)
        logger.debug("classifier risk intent not confirmed by the nearest examples")

    def _decide(self, message: Message, decision: dict[str, Any], drop: str) -> None:
        """Put the decision first; keep the classifier's other guesses after it, scaled down."""
        others = [
            {**entry, PREDICTED_CONFIDENCE_KEY: self._scaled(entry)}
            for entry in message.get(INTENT_RANKING_KEY) or []
            if entry.get(INTENT_NAME_KEY) != drop
        ]
        message.set(INTENT, decision, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [dict(decision), *others], add_to_output=True)

    def _scaled(self, entry: dict[str, Any]) -> float:
        confidence = entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0
        return float(confidence) * self.others_scale

    def _closeness(self, message: Message) -> Closeness | None:
        """None when unavailable, and never an exception: the rules and the classifier must still decide."""
        if self.neighbours is None:
            return None
        try:
            vector = sentence_vector(message)
            return None if vector is None else self.neighbours.closeness(vector)
        except Exception:  # noqa: BLE001 - e.g. a model whose embeddings changed size
            logger.exception("risk detector: nearest examples unavailable for this message")
            return None

    @staticmethod
    def _classifier_risk(message: Message) -> tuple[str | None, float]:
        """The risk kind of the classifier's top intent, and its confidence; (None, 0.0) when not a risk intent."""
        intent = message.get(INTENT) or {}
        kind = kind_of_intent(intent.get(INTENT_NAME_KEY))
        return (kind, float(intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0)) if kind else (None, 0.0)

    def _second_guess(self, message: Message) -> tuple[str | None, float]:
        """The classifier's likeliest risk intent below its top guess, when at least second_guess_floor."""
        for entry in message.get(INTENT_RANKING_KEY) or []:
            kind = kind_of_intent(entry.get(INTENT_NAME_KEY))
            confidence = float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
            if kind:
                return (kind, confidence) if confidence >= self.second_guess_floor else (None, 0.0)
        return None, 0.0


def _overruled(finding: Finding, suspected: str | None, idiom_may_overrule: bool) -> bool:
    """An everyday idiom overrules a classifier risk guess that is not all but certain; a safety statement,
    when the rules found nothing, only some kinds."""
    return (finding.idiom_matched and idiom_may_overrule) or (
        finding.says_safe and not finding.kinds and suspected in SAFETY_OVERRULES
    )


def kind_of_intent(intent: Any) -> str | None:
    """"risk_trafficking" -> "trafficking"; None for every other intent."""
    name = intent.get(INTENT_NAME_KEY) if isinstance(intent, dict) else intent
    if isinstance(name, str) and name.startswith(RISK_INTENT_PREFIX):
        kind = name[len(RISK_INTENT_PREFIX):]
        return kind if kind in KINDS else None
    return None


def kinds_of_example(example: Message) -> list[str]:
    """Its intent's kind, plus every kind its `kinds` metadata lists (data/nlu/risk_several.yml); none when benign."""
    kind = kind_of_intent(example.get(INTENT))
    if kind is None:
        return []
    listed = ((example.get(METADATA) or {}).get(METADATA_EXAMPLE) or {}).get(KINDS_METADATA_KEY) or []
    return [kind, *(k for k in listed if k in KINDS)] if isinstance(listed, list) else [kind]


def sentence_vector(message: Message) -> np.ndarray | None:
    """The dense sentence feature (bot/sentence_featurizer.py), unit length; None when there is none."""
    _, sentence = message.get_dense_features(TEXT)
    if sentence is None:
        return None
    vector = np.asarray(sentence.features, dtype=np.float32).reshape(-1)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else None


def _build_rules() -> None:
    """A pattern line that does not read stops the model load, so the assistant does not start (bot/serve.py
    says why): served, it would leave every message to the crude phrase search without anyone noticing.
    Any other failure is left to scan(), which retries and falls back on its own."""
    try:
        engine()
    except PatternError:
        raise
    except Exception:  # noqa: BLE001
        logger.exception("risk rules could not be built at load time")
