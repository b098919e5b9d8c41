"""The one-line embed on an agency's own site: another origin, its own (hostile) CSS."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, expect

from bot.serve import Assistant
from browser import FAILED_TEXT, Widget, static_site

pytestmark = [pytest.mark.e2e, pytest.mark.browser]
EXIT_SITE = "https://weather.example/"
# CSS an agency's site might well have, and worse: none of it may reach the widget.
AGENCY_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An agency</title>
<style>
  * {{ font-size: 40px; color: #ff0 !important; background: #000; font-family: serif; }}
  button, a, input {{ display: none !important; }}
  div, section, p, ul, li {{ border: 9px solid red; padding: 30px; }}
</style></head>
<body><h1>An agency's own page</h1>
<script src="{server}/widget/widget.js" data-server="{server}" data-exit-url="{exit}" defer></script>
</body></html>
"""


@pytest.fixture(scope="module")
def agency_site(assistant: Assistant, agency_origin: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("agency")
    server = f"http://127.0.0.1:{assistant.rasa_port}"
    (folder / "index.html").write_text(AGENCY_PAGE.format(server=server, exit=EXIT_SITE))
    with static_site(folder, urlsplit(agency_origin).port) as url:
        yield url + "/index.html"


def agency_widget(browser: Browser, url: str) -> Widget:
    page = browser.new_context().new_page()
    page.route(f"{EXIT_SITE}**", lambda route: route.fulfill(content_type="text/html", body="<title>Weather</title>"))
    page.goto(url)
    return Widget(page)


def test_works_on_an_allowed_agency_site(browser: Browser, agency_site: str) -> None:
    widget = agency_widget(browser, agency_site)
    try:
        widget.open()
        widget.say("i need a shelter in hartford")
        expect(widget.cards.first).to_be_visible()
        # The agency's CSS stayed outside.
        style = widget.input.evaluate("el => [getComputedStyle(el).fontSize, getComputedStyle(el).display]")
        assert style == ["16px", "block"]
        send = widget.page.get_by_role("button", name="Send")
        assert send.evaluate("el => getComputedStyle(el).color") == "rgb(255, 255, 255)"
        # Its own neutral exit site.
        widget.page.keyboard.press("Escape")
        widget.page.wait_for_url(EXIT_SITE)
    finally:
        widget.page.context.close()


def test_refused_on_a_site_not_allowed(browser: Browser, agency_site: str) -> None:
    # Same page, same server, but "localhost" is another origin, not on the allowed list.
    widget = agency_widget(browser, agency_site.replace("127.0.0.1", "localhost"))
    try:
        widget.launcher.click()
        widget.wait_for_replies()
        expect(widget.bot_says(FAILED_TEXT)).to_be_visible()
        expect(widget.bot_says("What kind of help")).to_have_count(0)
    finally:
        widget.page.context.close()
