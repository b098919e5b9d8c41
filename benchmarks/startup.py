"""Part 2: time from launch to a ready server, and peak memory, ours and stock.

Rounds alternate which assistant starts first, so neither always gets the
warmer file cache. The first message is timed too: it is what the first
person to write after a restart waits for.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import requests

from benchmarks.load import Turn, run_conversation
from benchmarks.servers import Running, run_ours, run_stock
from benchmarks.stock import StockProject


def _measure(running: Running, first: Turn) -> dict[str, Any]:
    at_ready = running.peak_rss_mb()
    with requests.Session() as session:
        sample = run_conversation(session, running.rest_url, [first])[0]
    return {
        "startup_s": running.startup_s,
        "peak_rss_mb_at_ready": at_ready,
        "first_message_ms": sample.ms,
        "peak_rss_mb_after_first_message": running.peak_rss_mb(),
    }


def run(model: Path, stock: StockProject, script: Sequence[Turn], rounds: int, log: IO) -> dict[str, Any]:
    measured: dict[str, list[dict[str, Any]]] = {"ours": [], "stock": []}
    for number in range(rounds):
        order = ("ours", "stock") if number % 2 == 0 else ("stock", "ours")
        for name in order:
            print(f"  round {number + 1}/{rounds}: starting {name}", flush=True)
            launcher = run_ours(model, log) if name == "ours" else run_stock(stock.folder, log)
            with launcher as running:
                measured[name].append(_measure(running, script[0]))
    return {"rounds": rounds, "stock_init_s": stock.init_s, "assistants": measured}
