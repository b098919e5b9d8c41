"""A conversation in the chat widget, in a real browser against the real servers."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser import Widget

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


def test_greeting_on_open_with_choices_as_buttons(widget: Widget) -> None:
    widget.open()
    expect(widget.bot_says("not the police")).to_be_visible()
    for title in ("A safe place to stay", "Someone to talk to", "Legal help", "A number to call now"):
        expect(widget.choice(title)).to_be_visible()
    expect(widget.input).to_be_focused()


def test_shelter_in_a_town_comes_as_cards_with_tap_to_call(widget: Widget) -> None:
    widget.open()
    widget.choice("A safe place to stay").click()
    widget.wait_for_replies()
    expect(widget.log.locator(".msg.me", has_text="A safe place to stay")).to_be_visible()
    expect(widget.bot_says("town or ZIP")).to_be_visible()
    widget.say("hartford")

    expect(widget.cards.first).to_be_visible()
    interval = widget.cards.filter(has_text="Interval House")
    expect(interval.get_by_role("heading")).to_have_text("Interval House - 24-hour hotline")
    expect(interval.get_by_role("link", name="Call 860-838-8467")).to_have_attribute("href", "tel:+18608388467")
    expect(interval).to_contain_text("Serves")
    expect(interval).to_contain_text("Hartford")
    expect(interval).to_contain_text("24/7")
    expect(interval).to_contain_text("English, Spanish")
    expect(interval).to_contain_text("In your town")
    # Every call link dials digits only.
    for href in widget.cards.locator("a[href^='tel:']").evaluate_all("links => links.map(a => a.getAttribute('href'))"):
        assert href.removeprefix("tel:").removeprefix("+").isdigit(), href
    # The same answer as text is one tap away, with the safety lines.
    details = widget.log.locator("details").last
    details.locator("summary").click()
    expect(details).to_contain_text("call 211")


def test_statewide_lines_with_a_text_option(widget: Widget) -> None:
    widget.open()
    widget.say("i need someone to call")
    widget.say("skip")
    safe_connect = widget.cards.filter(has_text="CT Safe Connect")
    expect(safe_connect.get_by_role("link", name="Call 1-888-774-2900")).to_have_attribute("href", "tel:+18887742900")
    expect(safe_connect.get_by_role("link", name="Text 1-888-774-2900")).to_have_attribute("href", "sms:+18887742900")
    expect(widget.cards.filter(has_text="211").first.get_by_role("link", name="Call 211")).to_have_attribute("href", "tel:211")


@pytest.mark.parametrize(
    ("message", "call", "text"),
    [
        ("they took my papers and wont let me leave the farm", "tel:+18883737888", "sms:233733"),
        ("i want to kill myself", "tel:988", "sms:988"),
        ("my husband hits me when he drinks", "tel:+18887742900", "sms:+18887742900"),
    ],
)
def test_risk_shows_the_crisis_banner_with_the_right_lines(widget: Widget, message: str, call: str, text: str) -> None:
    widget.open()
    expect(widget.banner).to_be_hidden()
    widget.say(message)
    expect(widget.banner).to_be_visible()
    first = widget.banner.get_by_role("listitem").first
    expect(first.locator("a[href^='tel:']")).to_have_attribute("href", call)
    expect(first.locator("a[href^='sms:']")).to_have_attribute("href", text)
    expect(widget.banner.locator("a[href='tel:911']")).to_have_count(1)
    # Hidden on request; the header keeps 911 and the hotline one tap away.
    widget.banner.get_by_role("button", name="Hide the crisis lines").click()
    expect(widget.banner).to_be_hidden()
    expect(widget.page.get_by_role("link", name="Call 911, emergency")).to_have_attribute("href", "tel:911")


def test_header_always_has_911_and_the_hotline(widget: Widget) -> None:
    widget.open()
    expect(widget.page.get_by_role("link", name="Call 911, emergency")).to_have_attribute("href", "tel:911")
    hotline = widget.page.get_by_role("link", name="Call the National Human Trafficking Hotline, 1-888-373-7888")
    expect(hotline).to_have_attribute("href", "tel:+18883737888")


def test_text_is_shown_as_text_never_as_markup(widget: Widget) -> None:
    attack = '<img src=x onerror="window.pwned=1"><b>bold</b>'
    widget.open()
    widget.say(attack)
    expect(widget.log.locator(".msg.me").last).to_have_text(f"You said: {attack}")
    assert widget.log.locator("img, b").count() == 0
    assert widget.page.evaluate("window.pwned") is None
