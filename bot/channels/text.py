"""Cleaning what people send before the bot reads it.

Control characters, invisible format characters and megabyte-long pastes are
removed here once, so every channel hands the NLU the same kind of text.
"""
from __future__ import annotations

import unicodedata

# Longer than any real message (an SMS is at most 1,600 characters), short
# enough that a hostile paste costs little to classify.
MAX_MESSAGE_CHARS = 2_000
KEPT_CONTROLS = {"\n", "\t"}


def clean_message(text: str) -> str:
    """Drop control (Cc) and format (Cf) characters, normalise, and cut to length."""
    text = unicodedata.normalize("NFKC", text[: MAX_MESSAGE_CHARS * 2])
    kept = (
        ch for ch in text
        if ch in KEPT_CONTROLS or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
    )
    return "".join(kept)[:MAX_MESSAGE_CHARS].strip()
