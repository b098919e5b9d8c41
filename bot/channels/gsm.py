"""Plain GSM-7 text for SMS, and what a text costs in segments.

One character outside the GSM-7 alphabet (a curly quote, an emoji) switches the
whole message to UCS-2, where a segment holds 70 characters instead of 160, so
a reply that fitted in one text becomes three. Everything we send goes through
`to_gsm` first.
"""
from __future__ import annotations

import math
import re
import unicodedata

GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Sent as an escape plus a character: two septets each.
GSM_EXTENSION = frozenset("^{}\\[~]|€")
SINGLE_SEGMENT = 160
MULTIPART_SEGMENT = 153
UCS2_SINGLE_SEGMENT = 70
UCS2_MULTIPART_SEGMENT = 67

# What people and word processors type that GSM-7 lacks, and its plain form.
REPLACEMENTS = {
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "…": "...", "•": "-", "·": "-", "\t": " ",
}
SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def _plain(ch: str) -> str:
    if ch in GSM_BASIC or ch in GSM_EXTENSION:
        return ch
    if ch in REPLACEMENTS:
        return REPLACEMENTS[ch]
    if unicodedata.category(ch) == "Zs":
        return " "
    # "á" is not GSM-7 but its base letter is; an emoji has no base and goes.
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if c in GSM_BASIC)


def to_gsm(text: str) -> str:
    """The same text in GSM-7 characters only: quotes, dashes and accents made plain, emoji dropped."""
    text = "".join(_plain(ch) for ch in unicodedata.normalize("NFC", text))
    lines = (SPACES.sub(" ", line).strip() for line in text.replace("\r", "").split("\n"))
    return "\n".join(lines).strip()


def is_gsm(text: str) -> bool:
    return all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text)


def septets(text: str) -> int:
    """Length as the network counts it: extension characters take two."""
    return sum(2 if ch in GSM_EXTENSION else 1 for ch in text)


def segments(text: str) -> int:
    """How many SMS a phone network bills and delivers this text as."""
    if is_gsm(text):
        length, single, part = septets(text), SINGLE_SEGMENT, MULTIPART_SEGMENT
    else:
        length, single, part = len(text.encode("utf-16-le")) // 2, UCS2_SINGLE_SEGMENT, UCS2_MULTIPART_SEGMENT
    return 1 if length <= single else math.ceil(length / part)
