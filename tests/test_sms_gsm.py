"""GSM-7 text: what people and our data type becomes plain, so a text costs 160 characters a segment, not 70."""
from __future__ import annotations

import pytest

from bot.channels.gsm import is_gsm, segments, septets, to_gsm


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("“Call” ‘now’", "\"Call\" 'now'"),
        ("24/7 – free — private", "24/7 - free - private"),
        ("wait…", "wait..."),
        ("en español: sí, línea", "en español: si, linea"),
        ("I’m safe 😀🆘 now", "I'm safe now"),
        ("a\u00a0b\u2009c\tend", "a b c end"),
        ("Ça va, São Paulo", "Ça va, Sao Paulo"),
        ("£5 €5 [x] {y}", "£5 €5 [x] {y}"),
    ],
)
def test_to_gsm_makes_text_plain(text: str, plain: str) -> None:
    assert to_gsm(text) == plain
    assert is_gsm(to_gsm(text))


def test_one_curly_quote_would_cost_a_segment_more() -> None:
    text = "x" * 150 + "’"
    assert segments(text) == 3  # UCS-2: 67 characters a segment
    assert segments(to_gsm(text)) == 1


@pytest.mark.parametrize(
    ("length", "expected"), [(1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (459, 3)]
)
def test_gsm_segment_boundaries(length: int, expected: int) -> None:
    assert segments("a" * length) == expected


def test_extension_characters_count_twice() -> None:
    assert septets("€[]") == 6
    assert segments("€" * 80) == 1
    assert segments("€" * 81) == 2


def test_ucs2_segment_boundaries() -> None:
    assert segments("ą" * 70) == 1
    assert segments("ą" * 71) == 2
