"""Bot replies made for SMS: numbered choices, two segments a message, crisis numbers first,
and no word on the lock screen that gives the conversation away."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.channels.gsm import MULTIPART_SEGMENT, is_gsm, segments
from bot.channels.keywords import help_text
from bot.channels.sms_format import (
    LOCK_SCREEN_CHARS,
    TRIGGER_WORDS,
    choices_text,
    chosen_payload,
    lock_screen_safe,
    pack,
    render_turn,
    safe_opening,
    turn_payloads,
)
from bot.directory import CATEGORIES, find_services, open_directory
from bot.geo import resolve_location
from bot.paths import ROOT
from bot.replies import service_card, services_text

RESPONSES = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]
BUTTONS = [
    {"title": "A safe place to stay", "payload": "/request_shelter"},
    {"title": "Legal help", "payload": "/request_legal"},
    {"title": "CT Safe Connect", "payload": "/request_hotline"},
]


def assert_fit_for_sms(bodies: list[str]) -> None:
    assert bodies
    for body in bodies:
        assert is_gsm(body)
        assert segments(body) <= 2, body
        assert lock_screen_safe(body), body[:LOCK_SCREEN_CHARS]


def test_buttons_become_numbered_choices() -> None:
    assert choices_text(BUTTONS) == (
        "Reply 1 for a safe place to stay\nReply 2 for legal help\nReply 3 for CT Safe Connect"
    )


def test_numbering_runs_on_across_a_turn() -> None:
    turn = [{"text": "First?", "buttons": BUTTONS[:1]}, {"text": "Then?", "buttons": BUTTONS[1:]}]
    text = "\n".join(render_turn(turn))
    assert "Reply 1 for a safe place to stay" in text and "Reply 3 for CT Safe Connect" in text
    assert turn_payloads(turn) == ["/request_shelter", "/request_legal", "/request_hotline"]


@pytest.mark.parametrize(
    ("reply", "payload"),
    [("1", "/request_shelter"), (" 2 ", "/request_legal"), ("3.", "/request_hotline"), ("4", None),
     ("0", None), ("1 please", None), ("hartford", None)],
)
def test_a_digit_picks_its_choice(reply: str, payload: str | None) -> None:
    assert chosen_payload(reply, turn_payloads([{"buttons": BUTTONS}])) == payload


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_every_domain_response_fits_sms(name: str) -> None:
    for variant in RESPONSES[name]:
        assert_fit_for_sms(render_turn([variant]))


@pytest.mark.parametrize("name", sorted(n for n in RESPONSES if n.startswith("utter_escalate_")))
def test_crisis_number_is_in_the_first_segment(name: str) -> None:
    variant = RESPONSES[name][0]
    first_line = variant["custom"]["escalation"]["lines"][0]
    first_segment = render_turn([variant, RESPONSES["utter_after_escalation"][0]])[0][:MULTIPART_SEGMENT]
    assert first_line["call"] in first_segment
    if first_line.get("text"):
        assert first_line["text"] in first_segment


def test_trafficking_reply_opens_with_numbers_not_the_hotline_name() -> None:
    first = render_turn(RESPONSES["utter_escalate_trafficking"])[0]
    assert first.startswith("Call 1-888-373-7888 or text 233733.")
    assert "National Human Trafficking Hotline" in first  # still named, further down


def test_help_reply_fits_and_opens_safely() -> None:
    assert_fit_for_sms(render_turn([{"text": help_text("CT Help Finder")}]))


@pytest.mark.parametrize("town", ["Hartford", "Enfield", "Bridgeport", "Windham", "Stamford", None])
def test_search_results_fit_sms(seeded_db: Path, town: str | None) -> None:
    place = resolve_location(town) if town else None
    db = open_directory(seeded_db)
    try:
        for category in CATEGORIES:
            services = find_services(db, category, place)
            message = {
                "text": services_text(services, category, place),
                "custom": {"resources": [service_card(s) for s in services]},
            }
            bodies = render_turn([message])
            assert_fit_for_sms(bodies)
            for service in services:  # every number still reaches the person
                for phone in service.phones:
                    assert phone.display.removeprefix("text ") in "\n".join(bodies)
    finally:
        db.close()


def test_an_opening_line_with_a_trigger_word_moves_down() -> None:
    body = "2. Network Against Domestic Abuse (NADA)\nCall 1-888-774-2900\nHours: 24/7"
    assert safe_opening(body) == "Call 1-888-774-2900\n2. Network Against Domestic Abuse (NADA)\nHours: 24/7"


def test_an_unmovable_trigger_word_gets_a_neutral_opener() -> None:
    body = safe_opening("Shelter locations are kept private.")
    assert lock_screen_safe(body)
    assert body.endswith("Shelter locations are kept private.")


@pytest.mark.parametrize("word", ["shelter", "Shelters", "ABUSE", "abusive", "trafficking", "trafficked"])
def test_trigger_words_are_caught_in_any_form(word: str) -> None:
    assert TRIGGER_WORDS.search(f"about {word} here")


def test_long_text_is_packed_into_two_segment_messages_in_order() -> None:
    sentences = [f"Sentence number {i} is here." for i in range(40)]
    bodies = pack([" ".join(sentences)])
    assert all(segments(body) <= 2 for body in bodies)
    assert " ".join(bodies).split() == " ".join(sentences).split()
