"""Opt-outs and rate limits live in a SQLite file: they survive a restart and hold no numbers."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.channels.sms_state import Rate, SmsState

SUBSCRIBER = "a" * 64  # a conversation id (keyed hash), never a number


def test_opt_out_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    assert SmsState(path).opt_out(SUBSCRIBER) is True
    restarted = SmsState(path)
    assert restarted.is_opted_out(SUBSCRIBER)
    assert restarted.opt_out(SUBSCRIBER) is False  # already out: no second confirmation
    restarted.opt_in(SUBSCRIBER)
    assert not SmsState(path).is_opted_out(SUBSCRIBER)


def test_rate_limit_gives_one_notice_then_silence_until_the_window_ends(tmp_path: Path) -> None:
    state = SmsState(tmp_path / "state.db")
    results = [state.count_message(SUBSCRIBER, limit=3, window_seconds=60, now=1000 + i) for i in range(6)]
    assert results == [Rate.OK] * 3 + [Rate.NOTICE] + [Rate.SILENT] * 2
    assert state.count_message(SUBSCRIBER, limit=3, window_seconds=60, now=1061) is Rate.OK


def test_rate_counts_survive_a_restart_and_are_per_person(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    for i in range(2):
        SmsState(path).count_message(SUBSCRIBER, limit=2, window_seconds=60, now=1000 + i)
    assert SmsState(path).count_message(SUBSCRIBER, limit=2, window_seconds=60, now=1003) is Rate.NOTICE
    assert SmsState(path).count_message("b" * 64, limit=2, window_seconds=60, now=1003) is Rate.OK


def test_expired_rate_rows_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    state = SmsState(path)
    state.count_message(SUBSCRIBER, limit=2, window_seconds=60, now=1000)
    state.count_message("b" * 64, limit=2, window_seconds=60, now=2000)
    with sqlite3.connect(path) as db:
        assert [row[0] for row in db.execute("SELECT subscriber FROM rate")] == ["b" * 64]


def test_a_message_sid_is_answered_once_and_kept_only_as_a_hash_for_a_week(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    sid = "SM" + "0123456789abcdef" * 2
    assert SmsState(path).first_delivery(sid, now=1000) is True
    assert SmsState(path).first_delivery(sid, now=2000) is False  # after a restart too
    assert all(sid.encode() not in file.read_bytes() for file in tmp_path.iterdir())  # the -wal file too
    week = 7 * 24 * 3600
    assert SmsState(path).first_delivery("SM" + "f" * 32, now=1000 + week + 3600) is True
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM delivered").fetchone() == (1,)
