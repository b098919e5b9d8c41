"""The benchmark harness's own logic: no server is started and nothing is timed here."""
from __future__ import annotations

import csv
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from benchmarks import directory, report, results, risk, synthetic
from benchmarks.load import read_script
from benchmarks.naive import NaiveDirectory
from benchmarks.nlu import precision_recall
from benchmarks.stats import growth_exponent, ratio, summarise
from bot.directory import find_services, open_directory

SIZE = 1_000


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic.build(tmp_path_factory.mktemp("synthetic"), SIZE, seed=7)


def test_synthetic_directory_has_the_requested_size(synthetic_db: Path) -> None:
    db = open_directory(synthetic_db)
    try:
        assert db.execute("SELECT COUNT(*) FROM service").fetchone()[0] == SIZE
        # Every local service is placed in a real town with coordinates, so the radius search can find it.
        unplaced = db.execute(
            "SELECT COUNT(*) FROM service s WHERE s.scope = 'local' AND NOT EXISTS"
            " (SELECT 1 FROM service_area a WHERE a.service_id = s.id AND a.latitude IS NOT NULL)"
        ).fetchone()[0]
        assert unplaced == 0
        assert db.execute("SELECT COUNT(*) FROM service WHERE status = 'inactive'").fetchone()[0] > 0
    finally:
        db.close()


def test_synthetic_numbers_are_fictional(synthetic_db: Path) -> None:
    db = open_directory(synthetic_db)
    try:
        numbers = [number for (number,) in db.execute("SELECT number FROM phone")]
    finally:
        db.close()
    assert numbers and all(re.fullmatch(r"\+1\d{3}55501\d\d", number) for number in numbers)


def test_synthetic_seed_uses_real_connecticut_zip_towns(tmp_path: Path) -> None:
    seed_csv, overrides_csv = synthetic.write_seed(tmp_path, 200, seed=1)
    with seed_csv.open() as handle:
        offices = {row["office_town"] for row in csv.DictReader(handle) if row["scope"] == "local"}
    assert offices <= {place.town for place in synthetic.ct_zip_towns()}
    with overrides_csv.open() as handle:
        assert next(csv.reader(handle)) == ["name", "status", "reason"]


def test_some_towns_have_no_service_of_their_own(synthetic_db: Path) -> None:
    db = open_directory(synthetic_db)
    try:
        served = {town for (town,) in db.execute("SELECT DISTINCT town FROM service_area WHERE town IS NOT NULL")}
    finally:
        db.close()
    zip_towns = {place.town for place in synthetic.ct_zip_towns()}
    unserved = zip_towns - served
    # At least the chosen quarter; a small directory may also miss a few quiet towns by chance.
    assert len(unserved) >= round(len(zip_towns) * synthetic.TOWNS_WITHOUT_SERVICES_SHARE)


def test_synthetic_directory_refuses_sizes_below_its_fixed_lines(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        synthetic.write_seed(tmp_path, synthetic.FIXED_SERVICES)


def test_naive_scan_and_bot_search_agree(synthetic_db: Path) -> None:
    db = open_directory(synthetic_db)
    try:
        naive = NaiveDirectory(db)
        for query in directory.query_set(150, seed=3):
            bot = find_services(db, query.category, query.place)
            reference = naive.find(db, query.category, query.place)
            assert [(s.id, s.match, s.distance_km) for s in bot] == [
                (s.id, s.match, s.distance_km) for s in reference
            ], query
    finally:
        db.close()


def test_query_set_is_repeatable_and_mixes_zips_towns_and_skips() -> None:
    first, second = directory.query_set(200, seed=5), directory.query_set(200, seed=5)
    assert first == second
    said = [query.said for query in first]
    assert any(s.isdigit() for s in said) and any(s == "skip" for s in said) and any(s.isalpha() for s in said)


def test_summary_percentiles() -> None:
    summary = summarise([float(n) for n in range(1, 101)])
    assert summary["n"] == 100
    assert summary["p50"] == pytest.approx(50.5)
    assert summary["p95"] == pytest.approx(95.05)
    assert summary["p99"] == pytest.approx(99.01)
    with pytest.raises(ValueError):
        summarise([])


def test_ratio_and_growth() -> None:
    assert ratio(3.0, 2.0) == 1.5
    assert ratio(1.0, 0.0) is None
    assert growth_exponent([1e3, 1e4, 1e5], [1.0, 10.0, 100.0]) == pytest.approx(1.0)
    assert growth_exponent([1e3, 1e4], [2.0, 2.0]) == pytest.approx(0.0)
    assert growth_exponent([1e3], [1.0]) is None


def test_precision_recall_of_one_label() -> None:
    pairs = [("dv", "dv"), ("dv", "none"), ("none", "dv"), ("none", "none")]
    figures = precision_recall(pairs, "dv")
    assert (figures["precision"], figures["recall"], figures["f1"], figures["support"]) == (0.5, 0.5, 0.5, 2)
    assert precision_recall([("none", "none")], "dv")["f1"] == 0.0


def test_read_script(tmp_path: Path) -> None:
    path = tmp_path / "turns.json"
    path.write_text(json.dumps([{"kind": "greeting", "text": "hello"}]))
    assert [(t.kind, t.text) for t in read_script(path)] == [("greeting", "hello")]
    path.write_text("[]")
    with pytest.raises(ValueError):
        read_script(path)


def test_report_is_drawn_from_results_only(synthetic_db: Path, tmp_path: Path) -> None:
    measured = directory.measure(synthetic_db, directory.query_set(10, seed=2), repeats=1, naive_queries=5)
    data = {
        "queries": 10, "repeats": 1, "naive_queries": 5, "seed": 2,
        "sizes": [{"source": "synthetic", "build_s": 1.0, "db_mb": 2.0, **measured}],
        "growth_exponent": {"bot_p50": None, "bot_p95": None, "naive_p50": None},
        "target": {"services": SIZE, "p95_ms": 1e9},
    }  # fmt: skip
    out = tmp_path / "results"
    results.write("directory", data, datetime.now(timezone.utc), 0.0, out)
    page = report.write(results.read_all(out), tmp_path / "docs" / "bench.md", tmp_path / "docs" / "bench")
    text = page.read_text()
    assert "**met**" in text and f"{SIZE:,}" in text
    assert "Not run: `python -m benchmarks conversation`" in text
    assert (tmp_path / "docs" / "bench" / "directory.png").stat().st_size > 0
    assert "](bench/directory.png)" in text


def test_markdown_table() -> None:
    assert report.table(["a", "b"], [[1, 2]]) == "| a | b |\n|---|---|\n| 1 | 2 |"


def test_long_messages_join_texts_in_order_to_about_the_size_asked() -> None:
    joined = risk.long_messages(["aaaa", "bbbb", "cccc", "dd"], size=8)
    assert joined == ["aaaa bbbb"], "the remainder shorter than the size is dropped"


def test_risk_timing_samples_the_same_messages_for_the_same_seed() -> None:
    texts = [f"message {n}" for n in range(100)]
    picked = risk.sample(texts, 10, seed=7)
    assert len(set(picked)) == 10 and picked == risk.sample(texts, 10, seed=7)
    assert risk.sample(texts, 0, seed=7) == texts == risk.sample(texts, 500, seed=7), "0 or more than the set: all"


def test_risk_rules_are_timed_beside_the_naive_phrase_search(tmp_path: Path) -> None:
    measured = risk.measure(["he took my passport", "hi", "this traffic is killing me"], repeats=1, naive_messages=2)
    assert measured["ours"]["n"] == 3 and measured["naive"]["n"] == 2
    data = {"repeats": 1, "naive_messages": 2, "sampled_from": 40, "sets": {"evaluation messages": measured},
            "target": {"p50_ms": 1.0, "met": True}}  # fmt: skip
    out = tmp_path / "results"
    results.write("risk", data, datetime.now(timezone.utc), 0.0, out)
    text = report.write(results.read_all(out), tmp_path / "bench.md", tmp_path / "bench").read_text()
    assert "## 5. Risk rules per message" in text and "**met**" in text
    assert "a seeded sample of 3 of the 40 messages" in text


def test_a_part_not_rerun_keeps_its_section_as_last_drawn(tmp_path: Path) -> None:
    """Results JSON is not committed: rerunning one part on a fresh machine must not erase the others."""
    page = tmp_path / "bench.md"
    page.write_text("# Benchmarks\n\n## 3. Directory search at scale\n\n_Run 2026-01-01._\n\n| 1,000 | 0.40 |\n")
    measured = risk.measure(["he took my passport", "hi"], repeats=1, naive_messages=1)
    data = {"repeats": 1, "naive_messages": 1, "sets": {"evaluation messages": measured},
            "target": {"p50_ms": 1.0, "met": True}}  # fmt: skip
    out = tmp_path / "results"
    results.write("risk", data, datetime.now(timezone.utc), 0.0, out)
    text = report.write(results.read_all(out), page, tmp_path / "bench").read_text()
    assert "## 3. Directory search at scale\n\n_Run 2026-01-01._\n\n| 1,000 | 0.40 |" in text
    assert "## 5. Risk rules per message" in text
    assert "Not run: `python -m benchmarks conversation`" in text, "never drawn before: says how to produce it"
