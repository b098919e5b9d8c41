"""Sending a fixed script of turns over REST: per-kind latency, then concurrent senders.

Each script run is one conversation with a fresh sender id, so a form turn
really answers the form opened the turn before, as it would for a person.
"""
from __future__ import annotations

import json
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from benchmarks.stats import summarise

REQUEST_TIMEOUT_S = 120


@dataclass(frozen=True)
class Turn:
    kind: str
    text: str


# One conversation, in order. Stock Rasa gets the same text; its replies differ,
# but the work of understanding and answering a message is what is compared.
DEFAULT_SCRIPT: tuple[Turn, ...] = (
    Turn("greeting", "hi"),
    Turn("search_town", "i need a safe place to stay in hartford"),
    Turn("search_zip", "i need counseling near 06604"),
    Turn("form_open", "i need a lawyer"),
    Turn("form_answer", "new britain"),
    Turn("escalation", "my boss took my passport and says i owe him for the trip"),
    Turn("benign", "this traffic is killing me"),
)


def read_script(path: Path) -> tuple[Turn, ...]:
    """A JSON list of {"kind": ..., "text": ...}, for rerunning the load with your own turns."""
    turns = tuple(Turn(str(item["kind"]), str(item["text"])) for item in json.loads(path.read_text()))
    if not turns:
        raise ValueError(f"{path} holds no turns")
    return turns


@dataclass
class Sample:
    kind: str
    ms: float
    ok: bool


def send(session: requests.Session, url: str, sender: str, turn: Turn) -> Sample:
    started = time.perf_counter()
    try:
        response = session.post(url, json={"sender": sender, "message": turn.text}, timeout=REQUEST_TIMEOUT_S)
        ok = response.status_code == 200
    except requests.RequestException:
        ok = False
    return Sample(turn.kind, (time.perf_counter() - started) * 1000, ok)


def run_conversation(session: requests.Session, url: str, script: Sequence[Turn]) -> list[Sample]:
    sender = uuid.uuid4().hex
    return [send(session, url, sender, turn) for turn in script]


def warm_up(url: str, script: Sequence[Turn]) -> None:
    """One unrecorded conversation: Rasa loads parts of a model on the first message."""
    with requests.Session() as session:
        run_conversation(session, url, script)


def latency_by_kind(url: str, script: Sequence[Turn], conversations: int) -> dict[str, Any]:
    """One sender at a time, so each figure is the cost of that turn alone."""
    by_kind: dict[str, list[float]] = defaultdict(list)
    errors = 0
    with requests.Session() as session:
        for _ in range(conversations):
            for sample in run_conversation(session, url, script):
                by_kind[sample.kind].append(sample.ms)
                errors += not sample.ok
    return {"errors": errors, "kinds": {kind: summarise(samples) for kind, samples in by_kind.items()}}


def throughput(url: str, script: Sequence[Turn], senders: int, messages: int) -> dict[str, Any]:
    """`senders` people talking at once until `messages` messages have been answered in all."""
    remaining = [messages]
    lock = threading.Lock()
    samples: list[Sample] = []

    def take() -> bool:
        with lock:
            if remaining[0] <= 0:
                return False
            remaining[0] -= 1
            return True

    def sender() -> None:
        mine: list[Sample] = []
        with requests.Session() as session:
            while True:
                name = uuid.uuid4().hex
                for turn in script:
                    if not take():
                        with lock:
                            samples.extend(mine)
                        return
                    mine.append(send(session, url, name, turn))

    threads = [threading.Thread(target=sender, daemon=True) for _ in range(senders)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {
        "senders": senders,
        "messages": len(samples),
        "errors": sum(not sample.ok for sample in samples),
        "seconds": elapsed,
        "messages_per_s": len(samples) / elapsed,
        "latency_ms": summarise([sample.ms for sample in samples]),
    }
