"""The Rasa NLU component that makes the rule-based risk finding decisive.

The classifier (DIET) learns from examples and can be wrong in either
direction; the rules in bot/risk are written down and checked. So, placed
after DIETClassifier and before FallbackClassifier:

* when the rules find a risk, the intent becomes `risk_<most urgent kind>`
  with confidence 1.0, whatever the classifier thought: someone who writes
  "they locked me in and took my papers" must never be offered a shelter form;
* when they find nothing, the classifier's answer stands (its own risk intents
  still escalate: it is the second layer), except that a classifier risk
  intent on a message the rules recognise as an everyday idiom ("this traffic
  is killing me") becomes `out_of_scope`.
"""
from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.risk.detector import Finding, engine, scan
from bot.risk.replies import RISK_KINDS_KEY

logger = logging.getLogger(__name__)

RISK_INTENT_PREFIX = "risk_"
OUT_OF_SCOPE = "out_of_scope"
# The classifier's other guesses stay in the ranking, scaled down so that
# FallbackClassifier's ambiguity check (top two closer than its threshold)
# can never turn a rule finding into nlu_fallback.
OTHERS_SCALE_KEY = "others_confidence_scale"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class RiskDetector(GraphComponent, IntentClassifier):
    """Overrides the intent with the rule-based risk finding (see the module docstring for why)."""

    @classmethod
    def required_components(cls) -> list[type]:
        """A classifier must run first: this component corrects its result."""
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {OTHERS_SCALE_KEY: 0.5}

    def __init__(self, config: dict[str, Any]) -> None:
        self.component_config = config
        scale = float(config.get(OTHERS_SCALE_KEY, 0.5))
        self.others_scale = min(max(scale, 0.0), 0.9)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RiskDetector:
        """Builds the rule engine now, at model load, so the first person to write does not wait."""
        try:
            engine()
        except Exception:  # noqa: BLE001 - scan() retries and falls back on its own
            logger.exception("risk rules could not be built at load time")
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self.process_message(message)
        return messages

    def process_message(self, message: Message) -> None:
        """One message: a rule finding wins; an idiom demotes a classifier risk intent."""
        finding = scan(message.get(TEXT) or "")
        if finding.kinds:
            self._escalate(message, finding)
        elif self._classifier_says_risk(message) and finding.idiom_matched:
            self._demote(message)

    def _escalate(self, message: Message, finding: Finding) -> None:
        decision = {INTENT_NAME_KEY: f"{RISK_INTENT_PREFIX}{finding.kinds[0]}", PREDICTED_CONFIDENCE_KEY: 1.0}
        self._decide(message, decision, drop=decision[INTENT_NAME_KEY])
        message.set(RISK_KINDS_KEY, list(finding.kinds), add_to_output=True)
        logger.debug("risk rules found %s", ",".join(finding.kinds))

    def _demote(self, message: Message) -> None:
        demoted = message.get(INTENT, {}).get(INTENT_NAME_KEY)
        decision = {INTENT_NAME_KEY: OUT_OF_SCOPE, PREDICTED_CONFIDENCE_KEY: 1.0}
        self._decide(message, decision, drop=OUT_OF_SCOPE)
        logger.debug("classifier intent %s overruled: everyday idiom", demoted)

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

    @staticmethod
    def _classifier_says_risk(message: Message) -> bool:
        name = (message.get(INTENT) or {}).get(INTENT_NAME_KEY) or ""
        return name.startswith(RISK_INTENT_PREFIX)
