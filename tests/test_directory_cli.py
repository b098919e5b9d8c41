"""The `directory` command line: every command, as staff type it, with help for each and a README line for each."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from bot.directory.cli import cli
from bot.paths import ROOT
from staff import BY, content, run

OAK = "oak-street-women-s-shelter"


def every_command(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Each command with the words that call it, subcommands of groups (`directory user add`) included."""
    for name, command in group.commands.items():
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from every_command(command, (*path, name))


def test_every_command_and_option_has_help() -> None:
    for words, command in every_command(cli):
        name = " ".join(words)
        assert command.help and len(command.help) > 20, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts}"
        assert CliRunner().invoke(cli, [*words, "--help"]).exit_code == 0, name


def test_the_readme_documents_every_command() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in cli.commands:
        assert f"directory {name}" in readme, name


@pytest.mark.parametrize("command", [["directory"], [sys.executable, "-m", "bot.directory"]])
def test_the_console_script_and_module_run(command: list[str]) -> None:
    if command[0] == "directory":
        command = [str(Path(sys.executable).parent / "directory")]
    result = subprocess.run([*command, "--help"], capture_output=True, text=True, timeout=120, cwd="/")
    assert result.returncode == 0, result.stderr
    assert all(name in result.stdout for name in cli.commands)


def test_search_lists_matching_entries(staff_db: Path) -> None:
    found = run(staff_db, "search", "--category", "shelter", "--town", "Hartford", "--status", "active").output
    assert "riverbend-safe-house" in found and OAK in found and "closed-door-shelter" not in found
    assert "[shelter, local, active, never verified, stale]" in found and "2 found" in found
    assert "1 found" in run(staff_db, "search", "riverbend").output
    assert "closed-door-shelter" in run(staff_db, "search", "--status", "inactive").output
    assert "13 found" in run(staff_db, "search").output
    assert "0 found" in run(staff_db, "search", "no such thing").output
    bad_town = run(staff_db, "search", "--town", "Hartferd")
    assert bad_town.exit_code == 2 and "not a Connecticut town" in bad_town.output


def test_show_prints_every_field_but_a_confidential_address(staff_db: Path) -> None:
    shown = run(staff_db, "show", "riverbend-safe-house").output
    assert "confidential_location  yes" in shown and "(withheld: confidential location)" in shown
    assert "Hidden Lane" not in shown
    assert "100 Hidden Lane" in run(staff_db, "show", "riverbend-safe-house", "--show-confidential").output
    assert "12 Example Street" in run(staff_db, "show", "hartford-counseling-collective").output
    missing = run(staff_db, "show", "no-such-entry")
    assert missing.exit_code == 1 and "no entry has the id 'no-such-entry'" in missing.output


def test_add_update_deactivate_and_verify(staff_db: Path) -> None:
    added = run(staff_db, "add", "name=Enfield Example Line", "organization=Example Org", "category=hotline",
                "scope=local", "phone=860-555-0180", "towns=Enfield; Suffield", *BY)  # fmt: skip
    assert added.exit_code == 0 and "added enfield-example-line (new entry)" in added.output
    updated = run(staff_db, "update", "enfield-example-line", "phone=860-555-0181; 211 then press 1", "hours=24/7", *BY)
    assert "phone: '860-555-0180' -> '860-555-0181; 211 then press 1'" in updated.output
    assert "already has those values" in run(staff_db, "update", "enfield-example-line", "hours=24/7", *BY).output
    verified = run(staff_db, "verify", "enfield-example-line", "--date", "2026-01-15", *BY)
    assert "last_verified: '' -> '2026-01-15'" in verified.output
    closed = run(staff_db, "deactivate", "enfield-example-line", "--reason", "number disconnected", *BY)
    assert "status: 'active' -> 'inactive'" in closed.output
    assert "already inactive" in run(staff_db, "deactivate", "enfield-example-line", *BY).output


def test_bad_commands_get_a_message_and_change_nothing(staff_db: Path) -> None:
    before = content(staff_db)
    for args in (
        ["update", OAK, "phone=555-0142", *BY],
        ["update", OAK, "colour=red", *BY],
        ["update", OAK, "phone", *BY],
        ["update", "no-such-entry", "hours=24/7", *BY],
        ["add", "name=Only A Name", *BY],
        ["verify", OAK, "--date", "yesterday", *BY],
        ["deactivate", "211-connecticut-information-referral-and-crisis", *BY],
    ):
        result = run(staff_db, *args)
        assert result.exit_code in (1, 2), args
        assert "Traceback" not in result.output and "Error" in result.output, args
    assert content(staff_db) == before


def test_stale_lists_entries_due_a_check(staff_db: Path) -> None:
    run(staff_db, "verify", OAK, "--date", "2026-01-15", *BY)
    run(staff_db, "verify", "riverbend-safe-house", "--date", "2025-06-01", *BY)
    due = run(staff_db, "stale", "--days", "180", "--today", "2026-03-01").output
    assert OAK not in due and "2025-06-01  riverbend-safe-house" in due
    assert due.index("never") < due.index("2025-06-01")  # never checked first
    assert "11 active entries not verified since 2025-09-02" in due
    later = run(staff_db, "stale", "--days", "30", "--today", "2026-03-01").output
    assert OAK in later


def test_import_dry_run_then_import(staff_db: Path, tmp_path: Path) -> None:
    exported = tmp_path / "entries.csv"
    assert run(staff_db, "export", "--output", str(exported)).exit_code == 0
    with exported.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[2]["hours"] = "24/7"
    with exported.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    before = content(staff_db)
    dry = run(staff_db, "import", str(exported), "--dry-run")  # no --by needed to look
    assert "would change oak-street-women-s-shelter" in dry.output and "dry run: nothing written" in dry.output
    assert content(staff_db) == before
    done = run(staff_db, "import", str(exported), *BY)
    assert "0 new and 1 changed entries" in done.output
    assert "0 new and 0 changed entries" in run(staff_db, "import", str(exported), *BY).output


def test_import_reports_bad_rows(staff_db: Path, tmp_path: Path) -> None:
    exported = tmp_path / "entries.csv"
    run(staff_db, "export", "--output", str(exported))
    exported.write_text(exported.read_text().replace("860-555-0142", "860-555-014"))
    result = run(staff_db, "import", str(exported), *BY)
    assert result.exit_code == 1
    assert "row 4, phone: not a phone number: '860-555-014'" in result.output and "nothing was changed" in result.output


def test_export_and_import_hsds(staff_db: Path, tmp_path: Path) -> None:
    as_json = run(staff_db, "export", "--format", "hsds-json")
    page = json.loads(as_json.stdout)
    assert page["total_items"] == 13 and "Hidden Lane" not in as_json.stdout
    (tmp_path / "page.json").write_text(as_json.stdout)
    assert "0 new and 0 changed" in run(staff_db, "import", str(tmp_path / "page.json"), *BY).output
    assert run(staff_db, "export", "--format", "hsds-csv").exit_code == 2  # needs a folder
    assert run(staff_db, "export", "--format", "hsds-csv", "--output", str(tmp_path / "tables")).exit_code == 0
    assert "0 new and 0 changed" in run(staff_db, "import", str(tmp_path / "tables"), *BY).output
    full = run(staff_db, "export", "--include-confidential").stdout
    assert "100 Hidden Lane" in full


def test_backup_copies_the_live_directory(staff_db: Path, tmp_path: Path) -> None:
    run(staff_db, "verify", OAK, *BY)
    target = tmp_path / "backups" / "directory-copy.db"
    target.parent.mkdir()
    assert run(staff_db, "backup", str(target)).exit_code == 0
    assert content(target) == content(staff_db)
    again = run(staff_db, "backup", str(target))
    assert again.exit_code == 1 and "exists" in again.output
    assert run(staff_db, "backup", str(target), "--replace").exit_code == 0
    assert sorted(p.name for p in target.parent.iterdir()) == ["directory-copy.db"]


def test_a_missing_directory_is_a_message(tmp_path: Path) -> None:
    for args in (["show", OAK], ["search"], ["verify", OAK, *BY], ["backup", str(tmp_path / "x.db")]):
        result = run(tmp_path / "missing.db", *args)
        assert result.exit_code == 1 and "no directory at" in result.output, args
    assert not (tmp_path / "missing.db").exists()
