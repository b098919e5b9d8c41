"""Part 5: what the risk rules cost per message, against a naive phrase search.

Every message goes through the rule layer (bot/risk/detector.py) before the
classifier, so its cost is paid on every turn; the target is under 1 ms per
message (median). The reference, timed in the same run, is the naive way to
do the same job: every pattern written out as plain phrases and searched as
substrings (`crude_kinds`, which is also the detector's last resort). The
messages are a seeded sample of the hand-written evaluation set, then the
same messages joined into long ones, where a risk sits in the middle of
ordinary text. A sample, because the set grows every session (148k messages
by December 2026) and timing all of it, joined, took over half an hour.
"""
from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from typing import Any

from bot.risk.detector import crude_kinds, engine, scan
from bot.risk.evaluate import load_cases

from benchmarks.stats import ratio, summarise

TARGET_P50_MS = 1.0
LONG_MESSAGE_CHARS = 4_000
DEFAULT_SAMPLE = 5_000


def long_messages(texts: Sequence[str], size: int = LONG_MESSAGE_CHARS) -> list[str]:
    """The texts joined, in order, into messages of about `size` characters."""
    joined, current = [], ""
    for text in texts:
        current = f"{current} {text}".strip()
        if len(current) >= size:
            joined.append(current)
            current = ""
    return joined


def time_each(detect: Callable[[str], object], texts: Sequence[str], repeats: int) -> list[float]:
    """Milliseconds per call, one sample per message per pass."""
    samples = []
    for _ in range(repeats):
        for text in texts:
            started = time.perf_counter()
            detect(text)
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def measure(texts: Sequence[str], repeats: int, naive_messages: int) -> dict[str, Any]:
    ours = summarise(time_each(scan, texts, repeats))
    naive = summarise(time_each(crude_kinds, texts[:naive_messages], 1))
    return {
        "messages": len(texts),
        "mean_chars": sum(map(len, texts)) / len(texts),
        "ours": ours,
        "naive": naive,
        "ours_over_naive_p50": ratio(ours["p50"], naive["p50"]),
    }


def sample(texts: Sequence[str], size: int, seed: int) -> list[str]:
    """`size` of the texts, the same ones for the same seed and set; all of them for 0 or a smaller set."""
    if size <= 0 or size >= len(texts):
        return list(texts)
    return random.Random(seed).sample(list(texts), size)


def run(repeats: int, naive_messages: int, sample_size: int = DEFAULT_SAMPLE, seed: int = 0) -> dict[str, Any]:
    engine()  # built once at model load in the assistant; not part of any message's cost
    every_text = [case.text for case in load_cases("all")]
    texts = sample(every_text, sample_size, seed)
    scan(texts[0])  # warm-up: first use of spaCy's lexeme cache
    short = measure(texts, repeats, naive_messages)
    return {
        "repeats": repeats,
        "naive_messages": naive_messages,
        "sampled_from": len(every_text),
        "sets": {
            "evaluation messages": short,
            f"joined into ~{LONG_MESSAGE_CHARS:,}-character messages": measure(
                long_messages(texts), repeats, naive_messages
            ),
        },
        "target": {"p50_ms": TARGET_P50_MS, "met": short["ours"]["p50"] < TARGET_P50_MS},
    }
