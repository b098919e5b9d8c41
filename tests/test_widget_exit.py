"""Quick exit: Exit or Escape leaves at once, for a neutral site, with nothing left behind."""
from __future__ import annotations

import pytest
from playwright.sync_api import Request, Route, expect

from bot.serve import Assistant
from browser import NEUTRAL_SITE, NOTHING_LEFT, Widget, eventually, storage_left
from test_sms_forget import stored_events

pytestmark = [pytest.mark.e2e, pytest.mark.browser]
EXIT = "Exit this site now (Escape)"


def senders(widget: Widget) -> list[str]:
    """The sender ids the page uses, read off its requests (the page keeps them in memory only)."""
    seen: list[str] = []

    def note(request: Request) -> None:
        if request.url.endswith("/widget/webhook") and request.method == "POST":
            seen.append(request.post_data_json["sender"])

    widget.page.on("request", note)
    return seen


def test_escape_leaves_nothing_on_the_device_or_the_server(
    widget: Widget, assistant: Assistant, tracker_store_db
) -> None:
    page = widget.page
    used = senders(widget)
    widget.open()
    widget.say("i need a safe place to stay")
    widget.say("hartford")
    expect(widget.cards.first).to_be_visible()
    assert storage_left(page) == NOTHING_LEFT  # not even while talking
    sender = used[0]
    assert len(sender) == 32 and set(used) == {sender}  # 128 random bits, one per conversation
    assert stored_events(tracker_store_db, sender) > 0

    with page.expect_request("**/widget/forget") as forget:
        page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL_SITE)
    assert forget.value.post_data == sender
    # A beacon outlives the page, so the browser reports no answer: wait for its effect.
    assert eventually(lambda: stored_events(tracker_store_db, sender) == 0)

    # The page was replaced in history: Back does not return to the conversation.
    page.go_back()
    assert page.url != assistant.widget_url
    # Back on the widget's origin in the same tab (same sessionStorage): nothing was kept.
    page.goto(assistant.widget_url)
    assert storage_left(page) == NOTHING_LEFT
    widget.launcher.click()
    expect(widget.bot_says("What kind of help")).to_have_count(1)
    expect(widget.log.locator(".msg.me")).to_have_count(0)


def test_exit_button_leaves(widget: Widget) -> None:
    widget.open()
    widget.say("i need legal help")
    widget.page.get_by_role("button", name=EXIT).click()
    widget.page.wait_for_url(NEUTRAL_SITE)
    assert storage_left(widget.page) == NOTHING_LEFT


def test_exit_is_on_screen_before_the_chat_is_opened(widget: Widget) -> None:
    expect(widget.page.get_by_role("button", name=EXIT)).to_be_visible()
    widget.page.keyboard.press("Escape")  # focus on the page itself, chat closed
    widget.page.wait_for_url(NEUTRAL_SITE)


def test_exit_works_while_a_reply_is_on_its_way(widget: Widget) -> None:
    widget.open()
    held: list[Route] = []
    # The reply never comes: the person must still be able to leave at once.
    widget.page.route("**/widget/webhook", lambda route: held.append(route))
    widget.input.fill("i need a shelter")
    with widget.page.expect_request("**/widget/webhook"):
        widget.input.press("Enter")
    expect(widget.log).to_have_attribute("aria-busy", "true")
    widget.page.keyboard.press("Escape")
    widget.page.wait_for_url(NEUTRAL_SITE)


def test_the_page_says_history_may_still_show_it(widget: Widget) -> None:
    widget.open()
    note = widget.page.get_by_text("browser history may still list this site")
    expect(note).to_be_visible()
    expect(note).to_contain_text("Ctrl+H")
