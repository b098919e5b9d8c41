"""The widget by keyboard alone, to a screen reader, and on a 360 px phone."""
from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from bot.serve import Assistant
from browser import CONTRAST_FAILURES, NEUTRAL_SITE, PHONE, Widget, demo_page, focused, tab_to

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

UNNAMED_CONTROLS = """() => [...document.querySelector("help-chat-widget").shadowRoot.querySelectorAll("button, a, input")]
    .filter(el => !(el.getAttribute("aria-label") || (el.labels && el.labels.length) || el.textContent.trim()))
    .map(el => el.outerHTML)"""


def test_keyboard_alone(widget: Widget) -> None:
    page = widget.page
    tab_to(page, "Chat")
    page.keyboard.press("Enter")
    expect(widget.bot_says("What kind of help")).to_be_visible()
    assert focused(page) == "help-chat-input"

    # A choice, reached backwards from the message box.
    tab_to(page, "A number to call now", key="Shift+Tab")
    page.keyboard.press("Enter")
    widget.wait_for_replies()
    expect(widget.bot_says("town or ZIP")).to_be_visible()
    assert focused(page) == "help-chat-input"
    page.keyboard.type("new haven")
    page.keyboard.press("Enter")
    widget.wait_for_replies()
    expect(widget.cards.first).to_be_visible()

    # The answer as text, opened from the keyboard.
    tab_to(page, "Show as text", key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(widget.log.locator("details").last.locator(".plain")).to_be_visible()

    # Minimise returns focus to the launcher; Escape leaves.
    tab_to(page, "Minimise the chat", key="Shift+Tab")
    page.keyboard.press("Enter")
    assert focused(page) == "Chat"
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL_SITE)


def test_new_messages_are_announced(widget: Widget) -> None:
    widget.open()
    expect(widget.log).to_have_attribute("aria-live", "polite")
    widget.say("i need legal help")
    # Replies are added inside the live region, with who said what for a screen reader.
    expect(widget.log.locator(".msg.me").last).to_have_text("You said: i need legal help")
    expect(widget.log.locator(".msg.bot").last).to_contain_text("Assistant: ")


def test_every_control_has_a_name(widget: Widget) -> None:
    widget.open()
    widget.say("they took my papers and wont let me leave the farm")
    widget.say("i need a shelter in hartford")
    expect(widget.cards.first).to_be_visible()
    assert widget.page.evaluate(UNNAMED_CONTROLS) == []


def test_text_contrast_meets_wcag_aa(widget: Widget) -> None:
    page = widget.page
    expect(widget.launcher).to_be_visible()
    assert page.evaluate(CONTRAST_FAILURES) == []  # closed: launcher and Exit on the agency's page
    widget.open()
    widget.say("my husband hits me when he drinks")
    widget.say("i need a shelter in hartford")
    expect(widget.cards.first).to_be_visible()
    expect(widget.banner).to_be_visible()
    widget.log.locator("details").last.locator("summary").click()
    assert page.evaluate(CONTRAST_FAILURES) == []


def no_sideways_scroll(page: Page) -> None:
    widths = page.evaluate("""() => {
        const root = document.querySelector("help-chat-widget").shadowRoot;
        return [document.documentElement, root.querySelector(".panel"), root.querySelector(".log")]
            .map(el => [el.scrollWidth, el.clientWidth]);
    }""")
    for scroll, client in widths:
        assert scroll <= client, widths


def test_works_on_a_360px_phone(browser: Browser, assistant: Assistant) -> None:
    with demo_page(browser, assistant.widget_url, PHONE) as page:
        widget = Widget(page)
        widget.open()
        # The chat fills the screen, Exit and the crisis links on it.
        assert page.get_by_role("region", name="Help chat").bounding_box() == {"x": 0, "y": 0, **PHONE}
        exit_box = page.get_by_role("button", name="Exit this site now (Escape)").bounding_box()
        assert exit_box["x"] + exit_box["width"] <= PHONE["width"]
        widget.say("i was raped at a party last night")
        expect(widget.banner).to_be_visible()
        widget.say("i need a shelter in new london")
        expect(widget.cards.first).to_be_visible()
        no_sideways_scroll(page)
        page.get_by_role("button", name="Minimise the chat").click()
        no_sideways_scroll(page)
