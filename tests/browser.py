"""Driving the chat widget in a real Chromium, as a person would.

Playwright's own browser download cannot be fetched here, so it launches
Debian's chromium (scripts/setup-chromium.sh installs it; `make test` runs
that). The flags keep a headless Chromium on a closed network quiet: without
them it keeps trying to reach Google's services.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Locator, Page, Playwright, expect

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# A real reply can take a while on a shared 2-core machine; this only bounds waiting.
WAIT_MS = 90_000
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
# The start of what the widget says when the server cannot be reached (bot/widget/widget.js).
FAILED_TEXT = "Sorry, that message did not go through."
# Where Exit goes in the tests: the widget's default, answered by a stand-in page
# (the network is closed; the neutral site is not what is under test).
NEUTRAL_SITE = "https://www.google.com/"


def launch(playwright: Playwright) -> Browser:
    if not CHROMIUM.exists():
        raise RuntimeError(f"no Chromium at {CHROMIUM}: run scripts/setup-chromium.sh (make test does)")
    expect.set_options(timeout=WAIT_MS)
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)


def stand_in_for_neutral_site(page: Page) -> None:
    page.route(f"{NEUTRAL_SITE}**", lambda route: route.fulfill(
        content_type="text/html", body="<!doctype html><title>Neutral</title><p>A neutral site.</p>"
    ))


@contextmanager
def demo_page(browser: Browser, url: str, viewport: dict[str, int] = DESKTOP) -> Iterator[Page]:
    """A page in a fresh context (nothing shared with other tests), the neutral site stood in for."""
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        stand_in_for_neutral_site(page)
        page.goto(url)
        yield page
    finally:
        context.close()


class Widget:
    """The widget on one page, found the way a person (or a screen reader) finds it."""

    def __init__(self, page: Page) -> None:
        self.page = page
        page.set_default_timeout(WAIT_MS)

    @property
    def launcher(self) -> Locator:
        return self.page.get_by_role("button", name="Chat", exact=True)

    @property
    def log(self) -> Locator:
        return self.page.get_by_role("log", name="Conversation")

    @property
    def input(self) -> Locator:
        return self.page.get_by_label("Your message")

    @property
    def banner(self) -> Locator:
        return self.page.get_by_role("region", name="Help right now")

    @property
    def cards(self) -> Locator:
        return self.page.get_by_role("list", name="Services").get_by_role("listitem")

    def bot_says(self, text: str) -> Locator:
        return self.log.locator(".msg.bot", has_text=text)

    def choice(self, title: str) -> Locator:
        return self.log.get_by_role("button", name=title, exact=True)

    def wait_for_replies(self) -> None:
        expect(self.log).not_to_have_attribute("aria-busy", "true")

    def open(self) -> None:
        self.launcher.click()
        expect(self.bot_says("What kind of help")).to_be_visible()

    def say(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")
        self.wait_for_replies()


def eventually(condition: Callable[[], bool], seconds: float = WAIT_MS / 1000) -> bool:
    """Wait for something the browser cannot report (a beacon's effect on the server); bounds waiting only."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def storage_left(page: Page) -> dict[str, Any]:
    """Everything a page can leave on the device for its origin, as seen from that origin."""
    found = page.evaluate("""async () => ({
        localStorage: Object.keys(localStorage),
        sessionStorage: Object.keys(sessionStorage),
        indexedDB: (await indexedDB.databases()).map(db => db.name),
        caches: await caches.keys(),
        documentCookie: document.cookie,
    })""")
    found["cookies"] = page.context.cookies()
    return found


NOTHING_LEFT = {
    "localStorage": [], "sessionStorage": [], "indexedDB": [], "caches": [], "documentCookie": "", "cookies": [],
}


def focused(page: Page) -> str:
    """The focused element through shadow roots: its accessible-ish name, for keyboard tests."""
    return page.evaluate("""() => {
        let node = document.activeElement;
        while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
        if (!node) return "";
        return node.getAttribute("aria-label") || node.id || node.textContent.trim();
    }""")


def tab_to(page: Page, name: str, key: str = "Tab", limit: int = 40) -> None:
    """Press Tab (or Shift+Tab) until the element called `name` has focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press(key)
        if focused(page) == name:
            return
    raise AssertionError(f"{name!r} never got focus with Tab (last: {focused(page)!r})")


# WCAG relative luminance and contrast, for every visible element that shows
# text, against the first opaque background behind it (inside the shadow root).
CONTRAST_FAILURES = """() => {
    const root = document.querySelector("help-chat-widget").shadowRoot;
    const rgb = c => c.match(/[\\d.]+/g).map(Number);
    const lum = ([r, g, b]) => {
        const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = el => {
        for (let n = el; n; n = n.parentElement || n.getRootNode().host) {
            const c = rgb(getComputedStyle(n).backgroundColor);
            if (c.length < 4 || c[3] === 1) return c.slice(0, 3);
        }
        return [255, 255, 255];
    };
    const failures = [];
    for (const el of root.querySelectorAll("*")) {
        const ownText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
        if (!ownText || !el.getClientRects().length || el.closest(".sr-only")) continue;
        const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(background(el));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        if (ratio < 4.5) failures.push(`${el.className || el.tagName}: ${ratio.toFixed(2)}`);
    }
    return failures;
}"""


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def static_site(folder: Path, port: int) -> Iterator[str]:
    """A plain web server for `folder` on 127.0.0.1:port: an agency's own site, on another origin."""
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()
