"""Recall, precision and every miss of the risk detector on the hand-written evaluation set.

    python -m bot.risk.evaluate                   # held-out split, rule layer
    python -m bot.risk.evaluate --split dev       # the split patterns may be tuned on
    python -m bot.risk.evaluate --with-model      # also rules + trained classifier

The set (tests/data/risk_eval.csv) has four splits: patterns are tuned by
looking at `dev`, which is also classifier training data; `classifier`
messages are classifier training examples that no pattern was tuned on;
`tune` was written blind and is what the escalation policy (thresholds,
nearest examples) and some patterns were tuned on, and, with `dev` and
`classifier`, what the n-gram model learns from (bot/risk/ngrams.py);
`heldout` is never tuned on, so its figures say how the detector does on
phrasings nobody tuned it for. The pytest gate (tests/test_risk_eval.py)
uses `evaluate` and `GATE` from here, so the report and the gate cannot disagree.
"""
from __future__ import annotations

import argparse
import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.paths import ROOT
from bot.risk.detector import KINDS, detect, engine
from bot.risk.replies import first_line, lines_of

EVAL_CSV = ROOT / "tests" / "data" / "risk_eval.csv"
SPLITS = ("dev", "classifier", "tune", "heldout", "all")
BENIGN = "benign"
# Minimum recall per kind on the held-out split, and the most benign messages
# that may escalate: a missed trafficking, emergency or suicide message is never acceptable.
GATE_RECALL = {"emergency": 1.0, "suicide": 1.0, "trafficking": 1.0, "child": 0.97, "sa": 0.97, "dv": 0.97}
GATE_FALSE_ESCALATION = 0.03

Detector = Callable[[str], Sequence[str]]


@dataclass(frozen=True)
class Case:
    split: str
    kinds: tuple[str, ...]
    text: str


@dataclass
class Report:
    """Counts per kind, the confusion table and the misses of one run over some cases."""

    cases: int = 0
    benign: int = 0
    false_escalations: list[tuple[Case, tuple[str, ...]]] = field(default_factory=list)
    misses: list[tuple[Case, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    expected: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    # Messages of a kind whose reply carries that kind's own first number, whichever kinds were named:
    # 911 is in every escalation reply, the trafficking hotline in the child one.
    reached: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    # confusion[expected most urgent kind or "benign"][kind the reply led with or "benign"] = messages
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def __repr__(self) -> str:
        """Counts only: pytest prints a failing test's arguments, and a held-out message must never be shown."""
        return f"Report({self.cases} cases, {len(self.misses)} misses, {len(self.false_escalations)} false escalations)"

    def recall(self, kind: str) -> float | None:
        return self.found[kind] / self.expected[kind] if self.expected[kind] else None

    def reach(self, kind: str) -> float | None:
        return self.reached[kind] / self.expected[kind] if self.expected[kind] else None

    def precision(self, kind: str) -> float | None:
        return self.found[kind] / self.predicted[kind] if self.predicted[kind] else None

    @property
    def false_escalation_rate(self) -> float:
        return len(self.false_escalations) / self.benign if self.benign else 0.0

    @property
    def escalation_precision(self) -> float:
        """Of all messages that escalated, the share that were risk messages."""
        escalated = sum(v for row in self.confusion.values() for k, v in row.items() if k != BENIGN)
        wrong = len(self.false_escalations)
        return (escalated - wrong) / escalated if escalated else 1.0


def load_cases(split: str = "heldout", path: Path = EVAL_CSV) -> list[Case]:
    """The cases of one split ("all" for every split). A blind round's own file has no split column: all its rows."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    cases = [Case(r.get("split") or "all", tuple(k for k in r["kinds"].split(";") if k), r["text"]) for r in rows]
    unknown = {k for c in cases for k in c.kinds} - set(KINDS)
    if unknown:
        raise ValueError(f"{path}: unknown kinds {sorted(unknown)}")
    return [c for c in cases if split == "all" or c.split == split]


def evaluate(cases: Iterable[Case], detector: Detector = detect) -> Report:
    """Runs the detector over the cases; a kind counts as found when it is anywhere in the finding."""
    report = Report()
    for case in cases:
        got = tuple(detector(case.text))
        report.cases += 1
        for kind in got:
            report.predicted[kind] += 1
        expected_row = case.kinds[0] if case.kinds else BENIGN
        predicted_col = got[0] if got else BENIGN
        row = report.confusion.setdefault(expected_row, {})
        row[predicted_col] = row.get(predicted_col, 0) + 1
        if not case.kinds:
            report.benign += 1
            if got:
                report.false_escalations.append((case, got))
            continue
        given = numbers_given(got)
        for kind in case.kinds:
            report.expected[kind] += 1
            report.found[kind] += kind in got
            report.reached[kind] += first_number(kind) in given
        missing = tuple(k for k in case.kinds if k not in got)
        if missing:
            report.misses.append((case, missing, got))
    return report


@lru_cache(maxsize=1)
def escalation_responses() -> dict[str, Any]:
    """domain.yml's responses: the lines each kind's reply gives come from there, as in the assistant."""
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]


def first_number(kind: str) -> str | None:
    line = first_line(kind, escalation_responses())
    return line.get("call") if line else None


def numbers_given(kinds: Sequence[str]) -> set[str]:
    """Every number the escalation reply for these kinds carries (the lines of each kind's static response)."""
    return {line.get("call", "") for kind in kinds for line in lines_of(kind, escalation_responses())}


def gate_failures(report: Report) -> list[str]:
    """What keeps the report from passing the gate; empty when it passes."""
    failures = [
        f"{kind} recall {report.recall(kind):.3f} < {minimum}"
        for kind, minimum in GATE_RECALL.items()
        if report.recall(kind) is not None and report.recall(kind) < minimum
    ]
    if report.false_escalation_rate > GATE_FALSE_ESCALATION:
        failures.append(f"false escalation {report.false_escalation_rate:.3f} > {GATE_FALSE_ESCALATION}")
    return failures


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def format_report(report: Report, title: str, texts: bool = True) -> str:
    """Recall and precision per kind, the confusion table (by most urgent kind), then every miss.

    Without `texts`, the misses and false escalations are counted but not shown: held-out
    messages must never be read, or tuning on what was read would make the gate measure memory."""
    lines = [f"== {title}: {report.cases} messages ({report.cases - report.benign} risk, {report.benign} benign)"]
    lines.append(f"{'kind':<12}{'expected':>9}{'found':>7}{'recall':>8}{'precision':>11}{'gate':>7}{'reached':>9}")
    for kind in KINDS:
        lines.append(
            f"{kind:<12}{report.expected[kind]:>9}{report.found[kind]:>7}{_fmt(report.recall(kind)):>8}"
            f"{_fmt(report.precision(kind)):>11}{GATE_RECALL[kind]:>7}{_fmt(report.reach(kind)):>9}"
        )
    lines.append("reached: the reply carried the kind's own first number, whichever kinds it named")
    lines.append(
        f"false escalation on benign: {len(report.false_escalations)}/{report.benign} = "
        f"{report.false_escalation_rate:.3f} (gate {GATE_FALSE_ESCALATION}); "
        f"escalation precision {report.escalation_precision:.3f}"
    )
    columns = [*KINDS, BENIGN]
    lines.append("confusion (rows: expected most urgent kind, columns: the kind the reply led with)")
    lines.append(" " * 12 + "".join(f"{c[:9]:>10}" for c in columns))
    for expected in columns:
        row = report.confusion.get(expected, {})
        lines.append(f"{expected:<12}" + "".join(f"{row.get(c, 0):>10}" for c in columns))
    lines.append(f"misses ({len(report.misses)}):")
    if texts:
        lines += [f"  missing {','.join(m)} (found {','.join(g) or '-'}): {c.text}" for c, m, g in report.misses]
    lines.append(f"false escalations ({len(report.false_escalations)}):")
    if texts:
        lines += [f"  {','.join(g)}: {c.text}" for c, g in report.false_escalations]
    failures = gate_failures(report)
    lines.append("gate: " + ("PASS" if not failures else "FAIL - " + "; ".join(failures)))
    return "\n".join(lines)


def model_detector(
    model: Path | None = None, settings: dict[str, Any] | None = None, hold_back: Sequence[Path] = ()
) -> Detector:
    """Rules, classifier, nearest examples and n-grams, as the assistant sees a message: the risk kinds of its parse.

    A message in a script the assistant cannot read counts as the kinds whose
    lines its reply gives (the `kinds` of utter_other_language's marker).
    `settings` and `hold_back` change the loaded model first (bot/risk/replay.py).
    """
    import asyncio
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    from bot.risk.component import RISK_INTENT_PREFIX, RISK_KINDS_KEY
    from bot.training import ensure_model
    from bot.unread_language import OTHER_LANGUAGE

    responses = escalation_responses()
    other_language = tuple(responses[f"utter_{OTHER_LANGUAGE}"][0]["custom"]["escalation"]["kinds"])
    configure_structlog(logging.WARNING)  # in-process Rasa would otherwise log every message's text at debug level
    agent = Agent.load(str(model or ensure_model(quiet=True)))
    if settings or hold_back:
        from bot.risk.replay import adjust

        adjust(agent, settings or {}, hold_back)
    loop = asyncio.new_event_loop()

    def parse(text: str) -> tuple[str, ...]:
        result = loop.run_until_complete(agent.parse_message(text))
        if result.get(RISK_KINDS_KEY):
            return tuple(result[RISK_KINDS_KEY])
        intent = (result.get("intent") or {}).get("name") or ""
        if intent == OTHER_LANGUAGE:
            return other_language
        return (intent[len(RISK_INTENT_PREFIX):],) if intent.startswith(RISK_INTENT_PREFIX) else ()

    return parse


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.risk.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split", choices=SPLITS, default="heldout",
        help="which split of tests/data/risk_eval.csv to score: heldout (default; the gate's split), "
        "dev (patterns tuned on it; training data), classifier (training data only), "
        "tune (escalation policy tuned on it; the n-gram model's training data) or all",
    )
    parser.add_argument(
        "--with-model", action="store_true",
        help="also score the full NLU pipeline (rules + trained classifier) through a loaded model; "
        "trains one first if data or config changed (about half an hour)",
    )
    parser.add_argument(
        "--model", type=Path, default=None,
        help="with --with-model: this model archive instead of the one matching the current data",
    )
    parser.add_argument(
        "--round", type=Path, default=None, metavar="CSV",
        help="score this file instead (columns kinds,text: a blind round, scored once before its lines are "
        "written; see docs/risk-rounds.md); --split is ignored",
    )
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", dest="settings",
        help="with --with-model: replay with this RiskDetector setting instead of config.yml's "
        "(e.g. ngram_suicide_from=0.3); repeatable",
    )
    parser.add_argument(
        "--hold-back", action="append", default=[], type=Path, metavar="CSV",
        help="with --with-model: train the n-grams again without this file's messages (a round already "
        "joined to `tune`), so it is scored as if never learnt; repeatable; about two minutes",
    )
    parser.add_argument(
        "--totals", action="store_true",
        help="counts only: no message text of a miss or false escalation (for the held-out split, "
        "whose messages must not be read)",
    )
    args = parser.parse_args(argv)
    engine()  # a pattern line that does not compile stops the run, rather than scoring the plain-phrase fallback
    settings: dict[str, Any] = {}
    if (args.settings or args.hold_back) and not args.with_model:
        parser.error("--set and --hold-back change the loaded model: they need --with-model")
    if args.settings:
        from bot.risk.replay import parse_settings  # loads Rasa: only when a model is replayed

        try:
            settings = parse_settings(args.settings)
        except ValueError as error:
            parser.error(str(error))
    cases = load_cases("all", args.round) if args.round else load_cases(args.split)
    name = str(args.round) if args.round else args.split
    texts = not args.totals
    print(format_report(evaluate(cases), f"rule layer (bot.risk.detect), {name}", texts))
    if args.with_model:
        print()
        report = evaluate(cases, model_detector(args.model, settings, args.hold_back))
        print(format_report(report, f"all four layers (NLU parse), {name}", texts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
