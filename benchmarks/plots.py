"""The report's figures, drawn only from results JSON so a plot can never disagree with its table."""
from __future__ import annotations

from pathlib import Path
from statistics import median
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display on servers and CI
import matplotlib.pyplot as plt  # noqa: E402

COLOURS = {"ours": "#1f77b4", "stock": "#ff7f0e", "bot": "#1f77b4", "naive": "#7f7f7f"}


def _save(figure: plt.Figure, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def conversation(result: dict[str, Any], path: Path) -> Path:
    assistants = result["assistants"]
    kinds = list(assistants["ours"]["latency"]["kinds"])
    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    width = 0.4
    for offset, name in ((-width / 2, "ours"), (width / 2, "stock")):
        values = [assistants[name]["latency"]["kinds"].get(kind, {}).get("p95", 0) for kind in kinds]
        left.bar([i + offset for i in range(len(kinds))], values, width, label=name, color=COLOURS[name])
    left.set_xticks(range(len(kinds)), kinds, rotation=30, ha="right")
    left.set_ylabel("p95 latency (ms), one sender")
    left.set_title("Latency by kind of turn")
    left.legend()
    for name in ("ours", "stock"):
        levels = assistants[name]["throughput"]
        right.plot([lv["senders"] for lv in levels], [lv["messages_per_s"] for lv in levels],
                   marker="o", label=name, color=COLOURS[name])  # fmt: skip
    right.set_xscale("log", base=2)
    senders = [lv["senders"] for lv in assistants["ours"]["throughput"]]
    right.set_xticks(senders, [str(n) for n in senders])
    right.set_xlabel("concurrent senders")
    right.set_ylabel("messages per second")
    right.set_title("Throughput")
    right.legend()
    return _save(figure, path)


def startup(result: dict[str, Any], path: Path) -> Path:
    assistants = result["assistants"]
    names = [name for name in ("ours", "stock") if assistants.get(name)]
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.bar(names, [median([r["startup_s"] for r in assistants[n]]) for n in names],
             color=[COLOURS[n] for n in names])  # fmt: skip
    left.set_ylabel("seconds from launch to ready (median)")
    left.set_title("Start-up")
    bottoms = [0.0] * len(names)
    for role in ("rasa", "actions"):
        values = [median([r["peak_rss_mb_after_first_message"].get(role, 0) for r in assistants[n]]) for n in names]
        right.bar(names, values, bottom=bottoms, label=f"{role} server", alpha=1.0 if role == "rasa" else 0.5,
                  color=[COLOURS[n] for n in names])  # fmt: skip
        bottoms = [b + v for b, v in zip(bottoms, values)]
    right.set_ylabel("peak RSS (MB) after the first message")
    right.set_title("Memory (lighter: action server)")
    return _save(figure, path)


def directory(result: dict[str, Any], path: Path) -> Path:
    sizes = result["sizes"]
    services = [s["services"] for s in sizes]
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for who, key, colour in (("bot search", "bot_ms", COLOURS["bot"]), ("naive scan", "naive_ms", COLOURS["naive"])):
        axes.plot(services, [s[key]["p50"] for s in sizes], marker="o", color=colour, label=f"{who} p50")
        axes.plot(services, [s[key]["p95"] for s in sizes], marker="s", linestyle="--", color=colour, label=f"{who} p95")
    target = result["target"]
    axes.axhline(target["p95_ms"], color="red", linewidth=0.8, label=f"target p95 at {target['services']:,}")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("services in the directory")
    axes.set_ylabel("ms per search")
    axes.set_title("Directory search")
    axes.legend(fontsize=8)
    return _save(figure, path)


def nlu(result: dict[str, Any], path: Path) -> Path:
    per_intent = sorted(result["intents"]["per_intent"].items(), key=lambda item: item[1]["f1-score"])
    figure, axes = plt.subplots(figsize=(7, max(3.0, 0.25 * len(per_intent))))
    axes.barh([name for name, _ in per_intent], [v["f1-score"] for _, v in per_intent], color=COLOURS["ours"])
    axes.set_xlim(0, 1)
    axes.set_xlabel("F1 on the held-out split")
    axes.set_title("Intent F1")
    return _save(figure, path)

