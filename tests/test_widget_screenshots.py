"""Screenshots of the widget at desktop and 360 px phone size.

Every test run takes them (into a temporary folder), so they keep working;
`make screenshots` writes them to docs/ for the README, and only then, so a
test run never leaves docs/ changed.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from bot.serve import Assistant
from browser import DESKTOP, PHONE, Widget, demo_page

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return Path(os.environ.get("WIDGET_SCREENSHOTS") or tmp_path)


def test_desktop_shelter_results(browser: Browser, assistant: Assistant, folder: Path) -> None:
    with demo_page(browser, assistant.widget_url, DESKTOP) as page:
        widget = Widget(page)
        widget.open()
        widget.choice("A safe place to stay").click()
        widget.wait_for_replies()
        widget.say("hartford")
        expect(widget.cards.first).to_be_visible()
        path = folder / "widget-desktop.png"
        page.screenshot(path=path, caret="hide", animations="disabled")
        assert path.stat().st_size > 10_000


@pytest.mark.parametrize(
    ("name", "messages"),
    [
        ("widget-phone.png", ["they took my papers and wont let me leave the farm"]),
        ("widget-phone-cards.png", ["i need a shelter", "new haven"]),
    ],
)
def test_phone(browser: Browser, assistant: Assistant, folder: Path, name: str, messages: list[str]) -> None:
    with demo_page(browser, assistant.widget_url, PHONE) as page:
        widget = Widget(page)
        widget.open()
        for message in messages:
            widget.say(message)
        path = folder / name
        page.screenshot(path=path, caret="hide", animations="disabled")
        assert path.stat().st_size > 10_000
