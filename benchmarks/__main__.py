"""`python -m benchmarks PART`: run one part, or all, then redraw docs/benchmarks.md.

One invocation creates the stock reference assistant once and shares it
between the parts that need it, since `rasa init` trains a model each time.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from bot.paths import ROOT
from bot.training import ensure_model

from benchmarks import conversation, directory, nlu, report, results, risk, startup
from benchmarks.load import DEFAULT_SCRIPT, read_script
from benchmarks.stock import StockProject, stock_project

DEFAULT_REPORT = ROOT / "docs" / "benchmarks.md"


def _numbers(text: str) -> list[int]:
    return [int(item.replace("_", "")) for item in text.split(",") if item.strip()]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Benchmarks next to same-run references (stock Rasa, a naive directory scan, a naive phrase search). "
        "Writes benchmarks/results/<part>.json and redraws the Markdown report.",
    )
    p.add_argument("part", choices=(*results.PARTS, "all", "report"), help="what to run ('report' only redraws the page)")
    p.add_argument("--out", type=Path, default=results.RESULTS_DIR, help="folder for results JSON and server logs")
    p.add_argument("--report", type=Path, default=DEFAULT_REPORT, help="Markdown report to write (PNGs go beside it)")
    load = p.add_argument_group("conversation")
    load.add_argument("--conversations", type=int, default=20, help="script runs for latency by kind (default 20)")
    load.add_argument("--messages", type=int, default=200, help="messages per concurrency level (default 200)")
    load.add_argument("--senders", type=_numbers, default=list(conversation.SENDER_LEVELS),
                      help="concurrency levels, comma-separated (default 1,8,32)")  # fmt: skip
    load.add_argument("--script", type=Path, help='JSON list of {"kind", "text"} turns instead of the built-in script')
    start = p.add_argument_group("startup")
    start.add_argument("--rounds", type=int, default=2, help="launches of each assistant (default 2)")
    search = p.add_argument_group("directory")
    search.add_argument("--sizes", type=_numbers, default=list(directory.DEFAULT_SIZES),
                        help="synthetic directory sizes, comma-separated (default 1000,10000,100000)")  # fmt: skip
    search.add_argument("--queries", type=int, default=200, help="searches per size (default 200)")
    search.add_argument("--repeats", type=int, default=2, help="timed passes over the queries (default 2)")
    search.add_argument("--naive-queries", type=int, default=100, help="queries the naive scan answers (default 100)")
    search.add_argument("--seed-csv", type=Path, help="benchmark a directory built from this seed CSV instead")
    search.add_argument("--overrides", type=Path, help="status overrides CSV to go with --seed-csv")
    understanding = p.add_argument_group("nlu")
    understanding.add_argument("--nlu-data", type=Path, default=ROOT / "data" / "nlu", help="NLU data to split")
    understanding.add_argument("--training-fraction", type=float, default=0.8, help="share kept for training (0.8)")
    rules = p.add_argument_group("risk")
    rules.add_argument("--risk-repeats", type=int, default=3, help="timed passes over the messages (default 3)")
    rules.add_argument("--risk-messages", type=int, default=risk.DEFAULT_SAMPLE,
                       help=f"evaluation messages sampled for timing (default {risk.DEFAULT_SAMPLE:,}; 0 = all)")  # fmt: skip
    rules.add_argument("--naive-messages", type=int, default=300,
                       help="messages the naive phrase search is timed on (default 300)")  # fmt: skip
    p.add_argument("--seed", type=int, default=2026, help="random seed for synthetic data, queries and the split")
    return p


class Session:
    """What the parts share within one invocation: the stock project, made on first use, and the logs."""

    def __init__(self, args: argparse.Namespace, stack: ExitStack) -> None:
        self.args = args
        self.stack = stack
        self._stock: StockProject | None = None

    def log(self, part: str) -> IO:
        self.args.out.mkdir(parents=True, exist_ok=True)
        return self.stack.enter_context((self.args.out / f"{part}.log").open("w"))

    def stock(self) -> StockProject:
        if self._stock is None:
            print("creating the stock assistant (rasa init --no-prompt)", flush=True)
            self._stock = self.stack.enter_context(stock_project(self.log("stock-init")))
        return self._stock


def run_part(part: str, session: Session) -> dict[str, Any]:
    args = session.args
    script = read_script(args.script) if args.script else DEFAULT_SCRIPT
    runners: dict[str, Callable[[], dict[str, Any]]] = {
        "conversation": lambda: conversation.run(
            ensure_model(), session.stock(), script, args.conversations, args.messages,
            session.log("conversation"), args.senders,
        ),
        "startup": lambda: startup.run(ensure_model(), session.stock(), script, args.rounds, session.log("startup")),
        "directory": lambda: directory.run(
            args.sizes, args.queries, args.repeats, args.naive_queries, args.seed, args.seed_csv, args.overrides
        ),
        "nlu": lambda: nlu.run(args.nlu_data, args.training_fraction, args.seed, session.log("nlu")),
        "risk": lambda: risk.run(args.risk_repeats, args.naive_messages, args.risk_messages, args.seed),
    }  # fmt: skip
    return runners[part]()


def main() -> None:
    args = parser().parse_args()
    parts = results.PARTS if args.part == "all" else () if args.part == "report" else (args.part,)
    with ExitStack() as stack:
        session = Session(args, stack)
        for part in parts:
            print(f"{part}:", flush=True)
            started, load_before = datetime.now(timezone.utc), results.load_average()
            path = results.write(part, run_part(part, session), started, load_before, args.out)
            print(f"  wrote {path}", flush=True)
    written = report.write(results.read_all(args.out), args.report, args.report.parent / args.report.stem)
    print(f"report: {written}")


if __name__ == "__main__":
    main()
