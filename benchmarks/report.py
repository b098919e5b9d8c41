"""docs/benchmarks.md: every figure read from results JSON, none typed in.

A part that has no results here keeps its section from the page as last drawn
(each section dates its own run), or, on a page that never had it, gets a line
saying how to produce it: rerunning one part on a fresh machine, where the
other parts' results JSON is missing (it is not committed), must not erase
their committed figures, nor show stale numbers as new.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from statistics import median
from typing import Any

from benchmarks import plots
from benchmarks.stats import ratio

Row = Sequence[object]

HEADINGS = {
    "conversation": "## 1. Conversation latency and throughput",
    "startup": "## 2. Start-up and memory",
    "directory": "## 3. Directory search at scale",
    "nlu": "## 4. Understanding quality",
    "risk": "## 5. Risk rules per message",
}


def table(header: Row, rows: Iterable[Row]) -> str:
    lines = ["| " + " | ".join(map(str, header)) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(map(str, row)) + " |" for row in rows]
    return "\n".join(lines)


def ms(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}" if value < 1000 else f"{value:,.0f}"


def times(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}×"


def pct(value: float) -> str:
    return f"{value * 100:.1f}%"


def _context(result: dict[str, Any]) -> str:
    load = result["load_average"]
    return (
        f"_Run {result['started']} (git {result['machine']['git']}, {result['machine']['cpus']} CPUs); "
        f"1-minute load average {load['before']} before, {load['after']} after._"
    )


def _image(path: Path, report: Path, alt: str) -> str:
    return f"![{alt}]({os.path.relpath(path, report.parent)})"


def conversation_section(result: dict[str, Any], images: Path, report: Path) -> list[str]:
    ours, stock = result["assistants"]["ours"], result["assistants"]["stock"]
    kind_rows = []
    for kind, mine in ours["latency"]["kinds"].items():
        theirs = stock["latency"]["kinds"][kind]
        kind_rows.append([
            f"`{kind}`", mine["n"], ms(mine["p50"]), ms(mine["p95"]), ms(mine["p99"]),
            ms(theirs["p50"]), ms(theirs["p95"]), ms(theirs["p99"]),
            times(ratio(mine["p50"], theirs["p50"])), times(ratio(mine["p95"], theirs["p95"])),
        ])  # fmt: skip
    load_rows = []
    for mine, theirs in zip(ours["throughput"], stock["throughput"]):
        load_rows.append([
            mine["senders"], f"{mine['messages_per_s']:.1f}", f"{theirs['messages_per_s']:.1f}",
            times(ratio(mine["messages_per_s"], theirs["messages_per_s"])),
            ms(mine["latency_ms"]["p95"]), ms(theirs["latency_ms"]["p95"]),
            times(ratio(mine["latency_ms"]["p95"], theirs["latency_ms"]["p95"])),
            f"{mine['errors']} / {theirs['errors']}",
        ])  # fmt: skip
    script = "; ".join(f"`{t['kind']}`: “{t['text']}”" for t in result["script"])
    errors = ours["latency"]["errors"] + stock["latency"]["errors"]
    return [
        HEADINGS["conversation"],
        _context(result),
        f"One conversation is this script, in order, with a fresh sender id: {script}. "
        "Stock Rasa gets the same text (its replies differ; the work of reading and answering a "
        "message is what is compared). Both servers run side by side and each phase runs on ours, "
        "then straight away on stock.",
        f"**Latency by kind of turn** — {result['conversations']} conversations, one sender at a time, "
        f"milliseconds per REST call (ours includes the action server). Failed requests: {errors}.",
        table(["turn", "n", "ours p50", "ours p95", "ours p99", "stock p50", "stock p95", "stock p99",
               "ours ÷ stock p50", "ours ÷ stock p95"], kind_rows),  # fmt: skip
        f"**Concurrent senders** — {result['messages_per_level']} messages per level, each sender "
        "running whole conversations.",
        table(["senders", "ours msg/s", "stock msg/s", "ours ÷ stock msg/s", "ours p95 ms",
               "stock p95 ms", "ours ÷ stock p95", "failed (ours / stock)"], load_rows),  # fmt: skip
        _image(plots.conversation(result, images / "conversation.png"), report, "latency and throughput"),
    ]


def _memory_rows(startup: dict[str, Any] | None, conversation: dict[str, Any] | None) -> list[Row]:
    rows: list[Row] = []
    if startup:
        for label, key in (("peak RSS at ready (MB)", "peak_rss_mb_at_ready"),
                           ("peak RSS after first message (MB)", "peak_rss_mb_after_first_message")):  # fmt: skip
            mine = median([r[key]["total"] for r in startup["assistants"]["ours"]])
            theirs = median([r[key]["total"] for r in startup["assistants"]["stock"]])
            roles = startup["assistants"]["ours"][0][key]
            split = f" (Rasa {roles['rasa']:.0f} + actions {roles['actions']:.0f}, first round)"
            rows.append([label, f"{mine:.0f}{split}", f"{theirs:.0f}", times(ratio(mine, theirs))])
    if conversation:
        mine = conversation["assistants"]["ours"]["peak_rss_mb_after_load"]
        theirs = conversation["assistants"]["stock"]["peak_rss_mb_after_load"]
        rows.append([
            "peak RSS after the conversation load (MB)",
            f"{mine['total']:.0f} (Rasa {mine['rasa']:.0f} + actions {mine['actions']:.0f})",
            f"{theirs['total']:.0f}", times(ratio(mine["total"], theirs["total"])),
        ])  # fmt: skip
    return rows


def startup_section(result: dict[str, Any] | None, conversation: dict[str, Any] | None,
                    images: Path, report: Path) -> list[str]:  # fmt: skip
    lines = [HEADINGS["startup"]]
    if result is None:
        lines.append("Start-up was not run: `python -m benchmarks startup`.")
        return lines + ([table(["", "ours", "stock", "ours ÷ stock"], _memory_rows(None, conversation))]
                        if conversation else [])  # fmt: skip
    ours, stock = result["assistants"]["ours"], result["assistants"]["stock"]
    rows: list[Row] = []
    for label, key in (("launch to ready (s)", "startup_s"), ("first message (ms)", "first_message_ms")):
        mine, theirs = median([r[key] for r in ours]), median([r[key] for r in stock])
        rows.append([label, f"{mine:.1f}", f"{theirs:.1f}", times(ratio(mine, theirs))])
    rows += _memory_rows(result, conversation)
    return lines + [
        _context(result),
        f"Medians of {result['rounds']} round(s); rounds alternate which assistant starts first. "
        "Ours is what `make run` starts: the action server, then the Rasa server, each polled until it "
        "answers. Stock is `rasa run` in a project made by `rasa init --no-prompt` "
        f"(which took {result['stock_init_s']:.0f} s to create and train in this run). Peak RSS is the "
        "kernel's high-water mark (VmHWM) summed over each server's processes.",
        table(["", "ours", "stock", "ours ÷ stock"], rows),
        _image(plots.startup(result, images / "startup.png"), report, "start-up and memory"),
    ]


def directory_section(result: dict[str, Any], images: Path, report: Path) -> list[str]:
    sizes = result["sizes"]
    rows = []
    for s in sizes:
        agreement = s["agreement"]
        rows.append([
            f"{s['services']:,}", f"{s['build_s']:.1f}", f"{s['db_mb']:.0f}",
            ms(s["bot_ms"]["p50"]), ms(s["bot_ms"]["p95"]), ms(s["naive_ms"]["p50"]), ms(s["naive_ms"]["p95"]),
            times(ratio(s["bot_ms"]["p50"], s["naive_ms"]["p50"])), times(ratio(s["bot_ms"]["p95"], s["naive_ms"]["p95"])),
            f"{agreement['same_answer']}/{agreement['compared']}",
        ])  # fmt: skip
    tier_rows = [
        [f"{s['services']:,}", f"`{tier}`", t["n"], ms(t["p50"]), ms(t["p95"])]
        for s in sizes for tier, t in s["bot_ms_by_deepest_tier"].items()
    ]  # fmt: skip
    growth = result["growth_exponent"]
    target = result["target"]
    at_target = next((s for s in sizes if s["services"] == target["services"]), None)
    if at_target is None:
        verdict = f"The target (p95 under {target['p95_ms']} ms at {target['services']:,} services) was not measured in this run."
    else:
        p95 = at_target["bot_ms"]["p95"]
        met = "**met**" if p95 < target["p95_ms"] else "**missed**"
        verdict = f"Target p95 under {target['p95_ms']} ms at {target['services']:,} services: {met} (p95 {ms(p95)} ms)."
    sources = sorted({s["source"] for s in sizes})
    sizes_run = ", ".join(f"{s['services']:,}" for s in sizes)
    return [
        HEADINGS["directory"],
        _context(result),
        f"Sizes run: {sizes_run} services "
        f"({'synthetic' if sources == ['synthetic'] else 'from ' + ', '.join(sources)}). "
        "`make bench` runs 1,000 to 100,000; 1,000,000 is opt-in "
        "(`python -m benchmarks directory --sizes 1000,10000,100000,1000000`), because building it takes "
        "minutes and gigabytes.",
        "Synthetic directories (`benchmarks/synthetic.py`) are written as a seed CSV with fictional names and "
        "555-01xx numbers, spread over the towns of real Connecticut ZIP codes with heavy-tailed weights, and "
        "built by the real loader (`build_database`): same schema, indexes and statistics as `resources.db`. "
        "They are Connecticut ZIPs because the loader places services in Connecticut towns only, so a large "
        "directory here is denser than any real one. "
        f"{result['queries']} queries (a category with a real ZIP, a town name, or — 5% — no place), "
        f"timed {result['repeats']}× after one warm-up pass. The bot's search is `find_services` as the bot "
        "calls it: town first, then the nearest within its fixed radius, category, active services only, "
        "each line once. The reference is a naive scan in Python over the whole directory held in memory, "
        "computing the distance to every service area on every query, then applying the same rules; it "
        f"answers the first {result['naive_queries']} queries, and every answer is compared with the bot's.",
        table(["services", "build s", "DB MB", "bot p50 ms", "bot p95 ms", "naive p50 ms", "naive p95 ms",
               "bot ÷ naive p50", "bot ÷ naive p95", "same answer"], rows),  # fmt: skip
        f"Growth with size (slope of log time against log size; 0 flat, 1 linear): bot p50 "
        f"{_slope(growth['bot_p50'])}, bot p95 {_slope(growth.get('bot_p95'))}, naive p50 "
        f"{_slope(growth['naive_p50'])}. {verdict}",
        "Where the bot's time goes, by the deepest tier its answer reached (`local`: the person's town filled "
        "the reply; `nearby`: the radius search ran; `statewide`, `national`, `fallback`: later tiers):",
        table(["services", "deepest tier", "n", "p50 ms", "p95 ms"], tier_rows),
        _image(plots.directory(result, images / "directory.png"), report, "directory search by size"),
    ]


def _slope(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _prf(figures: dict[str, Any]) -> list[object]:
    return [f"{figures['precision']:.3f}", f"{figures['recall']:.3f}", f"{figures['f1']:.3f}", figures["support"]]


def nlu_section(result: dict[str, Any], images: Path, report: Path) -> list[str]:
    summary = result["intents"]["summary"]
    summary_rows = [
        [name, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1-score']:.3f}", v["support"]]
        for name, v in summary.items() if isinstance(v, dict)
    ]  # fmt: skip
    per_intent = sorted(result["intents"]["per_intent"].items(), key=lambda item: item[1]["f1-score"])
    intent_rows = [
        [f"`{name}`", f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1-score']:.3f}", v["support"]]
        for name, v in per_intent
    ]
    risk = result["risk_detector"]
    risk_rows = []
    for label, figures in (("held-out split", risk["held_out"]), ("all NLU examples", risk["all_examples"])):
        risk_rows.append([f"any risk, {label} ({figures['messages']} messages)", *_prf(figures["any_risk"])])
        risk_rows += [[f"`{kind}`, {label}", *_prf(f)] for kind, f in figures["kinds"].items()]
    accuracy = summary.get("accuracy")
    return [
        HEADINGS["nlu"],
        _context(result),
        f"`rasa data split nlu` (training fraction {result['training_fraction']}, seed {result['seed']}) on "
        f"`{result['nlu_data']}`; an NLU-only model trained on the training part with our `config.yml`, "
        "scored by `rasa test nlu` on the held-out part. Intents include the risk rules' override "
        "(the `RiskDetector` component runs in the pipeline). Quality does not drift with the machine, "
        "so there is no stock reference here."
        + (f" Accuracy: {accuracy:.3f}." if isinstance(accuracy, float) else ""),
        table(["average", "precision", "recall", "F1", "support"], summary_rows),
        "<details><summary>Per intent, worst F1 first</summary>\n\n"
        + table(["intent", "precision", "recall", "F1", "support"], intent_rows)
        + "\n\n</details>",
        "**Risk detector** (`bot.risk.detect`, the most urgent kind found, against the `risk_*` intent of each "
        "example; everything else should find nothing), the rule layer alone. Its rules were written while "
        "reading the first examples; the later blind-written rounds in the training data were not read for rules, "
        "so these figures mix tuned and unseen wording. The classifier and the nearest examples catch most of "
        "what the rules miss: see the README for all three layers on the held-out evaluation split.",
        table(["", "precision", "recall", "F1", "support"], risk_rows),
        _image(plots.nlu(result, images / "nlu.png"), report, "intent F1"),
    ]


def _sampled(result: dict[str, Any]) -> str:
    """Results drawn before sampling (no `sampled_from`) timed the whole set."""
    total = result.get("sampled_from")
    timed = next(iter(result["sets"].values()))["messages"]
    return f"a seeded sample of {timed:,} of the {total:,} messages of" if total and total > timed else "all of"


def risk_section(result: dict[str, Any]) -> list[str]:
    rows = [
        [name, f"{m['messages']:,}", f"{m['mean_chars']:,.0f}", ms(m["ours"]["p50"]), ms(m["ours"]["p95"]),
         ms(m["naive"]["p50"]), ms(m["naive"]["p95"]), times(m["ours_over_naive_p50"])]
        for name, m in result["sets"].items()
    ]  # fmt: skip
    target = result["target"]
    return [
        HEADINGS["risk"],
        _context(result),
        "Every message goes through the rule layer (`bot.risk.detector.scan`) before the classifier. Messages: "
        f"{_sampled(result)} the hand-written evaluation set (`tests/data/risk_eval.csv`, every split), timed "
        f"{result['repeats']}× after building the rules once (the assistant builds them at model load), then "
        "the same messages joined into long ones. The reference is a naive phrase search: every pattern "
        "written out and searched as a substring (`crude_kinds`, the detector's last resort), timed on the "
        f"first {result['naive_messages']} messages of each set.",
        table(["messages", "n", "mean characters", "ours p50 ms", "ours p95 ms", "naive p50 ms", "naive p95 ms",
               "ours ÷ naive p50"], rows),  # fmt: skip
        f"Target median under {target['p50_ms']:g} ms per evaluation message: "
        + ("**met**." if target["met"] else "**not met**."),
    ]


RERUN = """## Rerunning a part

```sh
make bench                                    # everything below, then this report
.venv/bin/python -m benchmarks --help         # every option
.venv/bin/python -m benchmarks conversation --messages 500 --script my_turns.json
.venv/bin/python -m benchmarks startup --rounds 3
.venv/bin/python -m benchmarks directory --sizes 1000,10000,100000,1000000
.venv/bin/python -m benchmarks directory --seed-csv my_directory.csv   # your own directory, seed format
.venv/bin/python -m benchmarks nlu --nlu-data my_nlu.yml
.venv/bin/python -m benchmarks risk --risk-messages 0   # time every evaluation message (over half an hour)
.venv/bin/python -m benchmarks report         # redraw this page from benchmarks/results/*.json
```

Each part writes `benchmarks/results/<part>.json` (not committed) and redraws this page from whatever
results are there; a part with no results keeps its section as last drawn, with that run's date. `--out DIR` and `--report FILE` keep a private run away from the committed ones."""


def drawn_sections(report: Path) -> dict[str, str]:
    """Each section of the page as last drawn, by its heading line."""
    if not report.exists():
        return {}
    blocks = re.split(r"(?m)^(?=## )", report.read_text())
    return {block.splitlines()[0]: block.rstrip() for block in blocks if block.startswith("## ")}


def write(results: dict[str, dict[str, Any]], report: Path, images: Path) -> Path:
    """Regenerates the page and its PNGs from the results given; parts without results keep their section."""
    drawn = drawn_sections(report)

    def not_rerun(part: str) -> list[str]:
        heading = HEADINGS[part]
        return [drawn[heading]] if heading in drawn else [heading, f"Not run: `python -m benchmarks {part}`."]

    sections = [
        "# Benchmarks",
        "Generated by `make bench` (`python -m benchmarks all`) from `benchmarks/results/*.json`; "
        "do not edit by hand. Absolute times on shared machines drift from run to run, so each timing "
        "stands next to a reference measured in the same run — stock Rasa (`rasa init --no-prompt`) for "
        "the assistant, a naive scan for the directory, a naive phrase search for the risk rules — and **ours ÷ reference** is the figure to compare "
        "across runs: below 1 means ours takes less time or memory (for messages per second, above 1 is better).",
    ]
    sections += (conversation_section(results["conversation"], images, report)
                 if "conversation" in results else not_rerun("conversation"))  # fmt: skip
    sections += (startup_section(results.get("startup"), results.get("conversation"), images, report)
                 if "startup" in results or HEADINGS["startup"] not in drawn else not_rerun("startup"))  # fmt: skip
    sections += directory_section(results["directory"], images, report) if "directory" in results else not_rerun("directory")
    sections += nlu_section(results["nlu"], images, report) if "nlu" in results else not_rerun("nlu")
    sections += risk_section(results["risk"]) if "risk" in results else not_rerun("risk")
    sections.append(RERUN)
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("\n\n".join(sections) + "\n")
    return report
