"""Part 1: message latency and throughput over REST, ours and stock in the same run.

Both servers are up together and every phase runs on ours and then at once on
stock, so a burst of load from elsewhere on the machine hits both figures of a
pair rather than one whole side.
"""
from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from benchmarks.load import Turn, latency_by_kind, throughput, warm_up
from benchmarks.servers import run_ours, run_stock
from benchmarks.stock import StockProject

SENDER_LEVELS = (1, 8, 32)


def run(
    model: Path,
    stock: StockProject,
    script: Sequence[Turn],
    conversations: int,
    messages: int,
    log: IO,
    levels: Sequence[int] = SENDER_LEVELS,
) -> dict[str, Any]:
    with ExitStack() as stack:
        servers = {
            "ours": stack.enter_context(run_ours(model, log)),
            "stock": stack.enter_context(run_stock(stock.folder, log)),
        }
        for running in servers.values():
            warm_up(running.rest_url, script)
        latency = {}
        for name, running in servers.items():
            print(f"  latency by kind: {name}", flush=True)
            latency[name] = latency_by_kind(running.rest_url, script, conversations)
        load: dict[str, list[dict[str, Any]]] = {name: [] for name in servers}
        for senders in levels:
            for name, running in servers.items():
                print(f"  {senders} concurrent sender(s), {messages} messages: {name}", flush=True)
                load[name].append(throughput(running.rest_url, script, senders, messages))
        return {
            "script": [{"kind": turn.kind, "text": turn.text} for turn in script],
            "conversations": conversations,
            "messages_per_level": messages,
            "assistants": {
                name: {
                    "latency": latency[name],
                    "throughput": load[name],
                    "peak_rss_mb_after_load": running.peak_rss_mb(),
                }
                for name, running in servers.items()
            },
        }
