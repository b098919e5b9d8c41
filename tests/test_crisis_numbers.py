"""Every phone number the domain shows must be in the vetted directory data."""
from __future__ import annotations

import csv
import re

import yaml

from bot.paths import ROOT, SEED_CSV

NUMBER = re.compile(r"(?<!\d)(?:1-)?\d{3}-\d{3}-\d{4}(?!\d)|(?<![\d-])\d{6}(?![\d-])|\b988\b|\b211\b")


def digits(number: str) -> str:
    only = re.sub(r"\D", "", number)
    return only[1:] if len(only) == 11 and only.startswith("1") else only


def vetted_numbers() -> set[str]:
    with SEED_CSV.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    found = set()
    for row in rows:
        for field in ("phone", "sms", "notes"):
            found.update(digits(n) for n in NUMBER.findall(row[field]))
    return found


def domain_numbers() -> set[str]:
    domain = (ROOT / "domain.yml").read_text()
    return {digits(n) for n in NUMBER.findall(domain)}


def test_domain_numbers_come_from_the_directory() -> None:
    assert domain_numbers() - vetted_numbers() == set()


def test_required_crisis_lines_are_in_the_domain() -> None:
    required = {"8883737888", "233733", "988", "8008422288", "8887742900", "8889995545", "8885688332"}
    assert required <= domain_numbers()


def test_every_escalation_marker_names_its_kind_and_lines() -> None:
    responses = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]
    kinds = set()
    for name, variants in responses.items():
        if not name.startswith("utter_escalate_"):
            continue
        for variant in variants:
            marker = variant["custom"]["escalation"]
            kinds.add(marker["kind"])
            assert marker["lines"] and all(line.get("call") or line.get("text") for line in marker["lines"])
            first_line_number = marker["lines"][0].get("call")
            assert first_line_number in variant["text"][:120]
    assert kinds == {"emergency", "suicide", "child", "trafficking", "sa", "dv"}


def test_the_replies_a_missed_risk_lands_on_carry_911_and_988() -> None:
    """A risk message no layer recognised mostly gets one of these: they are the net under a miss."""
    responses = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]
    for name in ("utter_default", "utter_out_of_scope"):
        for variant in responses[name]:
            assert "call 911" in variant["text"] and "call or text 988" in variant["text"], name
