"""The staff web page, served for real over HTTP against real SQLite files: login, lockout, CSRF,
the edit flow, confidential addresses, security headers and bad input."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.directory import build_database, find_services, open_directory
from bot.directory.audit import history
from bot.directory.cli import reading
from bot.directory.entries import read_entry
from bot.geo import town_place
from conftest import SAMPLE_CSV, SAMPLE_OVERRIDES
from staff import content
from staff_page import PASSWORD, STAFF_USER, Browser, add_account, logged_in, staff_page, user_command

OAK = "oak-street-women-s-shelter"
RIVERBEND = "riverbend-safe-house"  # confidential, at 100 Hidden Lane
FALLBACK = "211-connecticut-information-referral-and-crisis"
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}
# Every page but the login page, as (method, path).
PAGES = [
    ("GET", "/"), ("GET", "/services"), ("GET", "/services?q=oak"), ("GET", "/services/new"),
    ("GET", f"/services/{OAK}"), ("GET", f"/services/{OAK}/edit"), ("GET", f"/services/{OAK}/deactivate"),
    ("GET", "/audit"), ("POST", "/services/new"), ("POST", f"/services/{OAK}/edit"),
    ("POST", f"/services/{OAK}/deactivate"), ("POST", f"/services/{OAK}/verify"), ("POST", "/logout"),
]  # fmt: skip


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fictional sample directory (555-01xx numbers), in a file of its own for this module."""
    path = tmp_path_factory.mktemp("page") / "resources.db"
    build_database(path, SAMPLE_CSV, SAMPLE_OVERRIDES)
    return path


@pytest.fixture(scope="module")
def accounts_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("accounts") / "staff.db"
    add_account(path)
    return path


@pytest.fixture(scope="module")
def base(directory: Path, accounts_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with staff_page(directory, accounts_db, tmp_path_factory.mktemp("logs") / "page.log") as url:
        yield url


@pytest.fixture(scope="module")
def staff(base: str) -> Browser:
    """One logged-in member of staff, shared by the module's tests (logging in costs a memory-hard hash)."""
    return logged_in(base)


def entry(directory: Path, service_id: str) -> dict[str, str]:
    with reading(directory) as db:
        return read_entry(db, service_id)


def phones_found(directory: Path, category: str, town: str) -> list[str]:
    db = open_directory(directory)
    try:
        return [phone.display for service in find_services(db, category, town_place(town), limit=10)
                for phone in service.phones]  # fmt: skip
    finally:
        db.close()


@pytest.mark.parametrize(("method", "path"), PAGES)
def test_every_page_sends_strangers_to_the_login_page(base: str, directory: Path, method: str, path: str) -> None:
    before = content(directory)
    stranger = Browser(base)
    reply = stranger.get(path) if method == "GET" else stranger.post(path, {"status": "inactive"}, token_from=None)
    assert reply.status_code == 303 and reply.headers["Location"].startswith("/login")
    assert "Oak Street" not in reply.text
    assert content(directory) == before


def test_a_forged_session_cookie_is_a_stranger(base: str) -> None:
    stranger = Browser(base)
    stranger.http.cookies.set("staff_session", "forged-token-" + "x" * 40)
    assert stranger.get("/services").status_code == 303


def test_login_then_back_where_you_were(base: str) -> None:
    browser = Browser(base)
    assert browser.get(f"/services/{OAK}").headers["Location"] == f"/login?next=%2Fservices%2F{OAK}"
    token = browser.csrf(f"/login?next=/services/{OAK}")
    reply = browser.post("/login", {"name": "page tester", "password": PASSWORD, "next": f"/services/{OAK}",
                                    "csrf": token})  # fmt: skip
    assert reply.status_code == 303 and reply.headers["Location"] == f"/services/{OAK}"
    page = browser.get(f"/services/{OAK}")
    assert page.status_code == 200 and "Oak Street Women&#39;s Shelter" in page.text and STAFF_USER in page.text


def test_login_never_redirects_off_the_site(base: str) -> None:
    browser = Browser(base)
    token = browser.csrf("/login")
    fields = {"name": STAFF_USER, "password": PASSWORD, "next": "//evil.example/x", "csrf": token}
    reply = browser.post("/login", fields)
    assert reply.headers["Location"] == "/services"


def test_wrong_password_and_unknown_name_get_the_same_answer(base: str) -> None:
    wrong = Browser(base).log_in(STAFF_USER, "not the password at all")
    unknown = Browser(base).log_in("Nobody Here", PASSWORD)
    for reply in (wrong, unknown):
        assert reply.status_code == 401 and "Wrong name or password." in reply.text
        assert "staff_session" not in reply.cookies
    assert Browser(base).log_in(STAFF_USER, "").status_code == 401


def test_five_failures_lock_a_name_until_unlocked(base: str, accounts_db: Path) -> None:
    add_account(accounts_db, "Locked Tester", PASSWORD)
    browser = Browser(base)
    replies = [browser.log_in("Locked Tester", f"wrong password {n}") for n in range(5)]
    assert [reply.status_code for reply in replies] == [401, 401, 401, 401, 429]
    locked = browser.log_in("Locked Tester", PASSWORD)  # even the right password
    assert locked.status_code == 429 and "Too many failed logins" in locked.text
    assert "directory user unlock" in locked.text
    assert "locked until" in user_command(accounts_db, "list").output
    unlocked = user_command(accounts_db, "unlock", "locked tester")
    assert unlocked.exit_code == 0 and "unlocked" in unlocked.output
    assert browser.log_in("Locked Tester", PASSWORD).status_code == 303


def test_unknown_names_lock_the_same_way(base: str) -> None:
    browser = Browser(base)
    codes = [browser.log_in("No Such Person", f"guess number {n}").status_code for n in range(6)]
    assert codes == [401, 401, 401, 401, 429, 429]


def test_post_without_or_with_a_wrong_csrf_token_changes_nothing(base: str, staff: Browser, directory: Path) -> None:
    before = content(directory)
    change = {"phone": "860-555-0149", "name": "Oak Street Women's Shelter"}
    for fields, headers in [
        (change, None),  # no token
        ({**change, "csrf": "wrong"}, None),
        ({**change, "csrf": staff.csrf("/services")}, {"Origin": "https://evil.example"}),
        ({**change, "csrf": staff.csrf("/services")}, {"Referer": "https://evil.example/form"}),
    ]:
        reply = staff.post(f"/services/{OAK}/edit", fields, token_from=None, headers=headers)
        assert reply.status_code == 403 and "Nothing was changed" in reply.text
    for path in (f"/services/{OAK}/verify", f"/services/{OAK}/deactivate", "/services/new", "/logout"):
        assert staff.post(path, {"csrf": ""}, token_from=None).status_code == 403
    assert content(directory) == before
    assert staff.get("/services").status_code == 200  # still logged in: the forged logout did nothing


def test_the_login_form_needs_its_own_token(base: str) -> None:
    browser = Browser(base)
    reply = browser.post("/login", {"name": STAFF_USER, "password": PASSWORD}, token_from=None)
    assert reply.status_code == 403 and "staff_session" not in reply.cookies


def test_edit_flow_saves_audits_and_the_bot_sees_it(staff: Browser, directory: Path) -> None:
    form = staff.get(f"/services/{OAK}/edit")
    assert 'value="860-555-0142"' in form.text
    reply = staff.post(f"/services/{OAK}/edit", {**current_form(directory, OAK), "phone": "860-555-0147"},
                       token_from=f"/services/{OAK}/edit")  # fmt: skip
    assert reply.status_code == 303 and reply.headers["Location"] == f"/services/{OAK}?done=saved"
    assert "Saved." in staff.get(reply.headers["Location"]).text
    assert entry(directory, OAK)["phone"] == "860-555-0147"
    with reading(directory) as db:
        [last] = history(db, OAK, limit=1)
    assert (last.actor, last.action) == (STAFF_USER, "update")
    assert last.differences() == [("phone", "860-555-0142", "860-555-0147")]
    assert "860-555-0147" in phones_found(directory, "shelter", "Hartford")
    trail = staff.get(f"/audit?service={OAK}&since={date.today().isoformat()}")
    assert "860-555-0147" in trail.text and STAFF_USER in trail.text


def current_form(directory: Path, service_id: str) -> dict[str, str]:
    """What the edit form sends when nothing is touched."""
    values = entry(directory, service_id)
    return {name: value for name, value in values.items() if name not in ("id", "last_verified")}


def test_a_bad_value_is_shown_beside_its_field_and_nothing_is_saved(staff: Browser, directory: Path) -> None:
    before = content(directory)
    reply = staff.post(f"/services/{OAK}/edit", {**current_form(directory, OAK), "phone": "860-CALL-NOW",
                       "office_town": "Hartferd"})  # fmt: skip
    assert reply.status_code == 400 and "Nothing was saved" in reply.text
    assert 'value="860-CALL-NOW"' in reply.text  # what was typed is kept to correct
    phone_field = reply.text.split('id="phone"')[1].split('class="field')[0]
    assert "not a phone number" in phone_field
    assert "did you mean Hartford" in reply.text.split('id="office_town"')[1].split('class="field')[0]
    assert content(directory) == before


def test_an_unchanged_form_writes_nothing(staff: Browser, directory: Path) -> None:
    before = content(directory)
    reply = staff.post(f"/services/{OAK}/edit", current_form(directory, OAK))
    assert reply.headers["Location"] == f"/services/{OAK}?done=unchanged"
    assert content(directory) == before


def test_add_verify_and_deactivate(staff: Browser, directory: Path) -> None:
    fields = {"name": "Groton Example Line", "organization": "Example Org", "category": "hotline", "scope": "local",
              "phone": "860-555-0171", "service_area_towns": "Groton; Ledyard", "confidential_location": "no"}
    added = staff.post("/services/new", fields)
    assert added.status_code == 303 and added.headers["Location"] == "/services/groton-example-line?done=added"
    again = staff.post("/services/new", fields)
    assert again.status_code == 400 and "already" in again.text
    verified = staff.post("/services/groton-example-line/verify", {})
    assert verified.headers["Location"].endswith("done=verified")
    assert entry(directory, "groton-example-line")["last_verified"] == date.today().isoformat()
    page = staff.get("/services/groton-example-line")
    assert f"Verified {date.today().isoformat()}" in page.text and "stale" not in page.text
    confirm = staff.get("/services/groton-example-line/deactivate")
    assert "Deactivate" in confirm.text and 'name="reason"' in confirm.text
    closed = staff.post("/services/groton-example-line/deactivate", {"reason": "number disconnected"})
    assert closed.headers["Location"].endswith("done=deactivated")
    after = entry(directory, "groton-example-line")
    assert after["status"] == "inactive" and "number disconnected" in after["notes"]
    with reading(directory) as db:
        trail = history(db, "groton-example-line")
    assert [(record.action, record.actor) for record in trail] == [
        ("deactivate", STAFF_USER), ("verify", STAFF_USER), ("add", STAFF_USER)
    ]
    assert "860-555-0171" not in phones_found(directory, "hotline", "Groton")


def test_the_fallback_line_cannot_be_deactivated(staff: Browser, directory: Path) -> None:
    before = content(directory)
    reply = staff.post(f"/services/{FALLBACK}/deactivate", {"reason": "test"})
    assert reply.status_code == 400 and "falls back on" in reply.text
    assert content(directory) == before


def test_search_filters_and_shows_freshness(staff: Browser) -> None:
    found = staff.get("/services?category=shelter&town=Hartford&status=active").text
    assert RIVERBEND in found and OAK in found and "closed-door-shelter" not in found
    assert "stale" in found and "never" in found
    assert "closed-door-shelter" in staff.get("/services?status=inactive").text
    bad_town = staff.get("/services?town=Hartferd")
    assert bad_town.status_code == 400 and "is not a Connecticut town" in bad_town.text


def test_a_confidential_address_shows_only_on_the_entry_page_to_staff(base: str, staff: Browser) -> None:
    page = staff.get(f"/services/{RIVERBEND}").text
    assert "100 Hidden Lane" in page and "Confidential: staff only" in page
    assert "Hidden Lane" not in Browser(base).get(f"/services/{RIVERBEND}").text
    assert "Hidden Lane" not in staff.get("/services?q=riverbend").text
    staff.post(f"/services/{RIVERBEND}/verify", {})
    staff.post(f"/services/{RIVERBEND}/edit", {"notes": "Fictional. Checked the address."})
    trail = staff.get(f"/audit?service={RIVERBEND}").text
    assert "Checked the address" in trail and "Hidden Lane" not in trail


def test_security_headers_on_every_response(base: str, staff: Browser) -> None:
    replies = [
        Browser(base).get("/login"), Browser(base).get("/services"), Browser(base).get("/static/admin.css"),
        staff.get("/services"), staff.get(f"/services/{OAK}/edit"), staff.get("/no/such/page"),
        staff.get("/services/no-such-entry"), staff.get("/services?q=%FF"),
    ]  # fmt: skip
    for reply in replies:
        for name, value in SECURITY_HEADERS.items():
            assert reply.headers.get(name) == value, (reply.url, name)
        policy = reply.headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert "<script" not in staff.get(f"/services/{OAK}").text


def test_session_cookie_flags_and_logout(base: str) -> None:
    browser = Browser(base)
    reply = browser.log_in()
    cookie = reply.headers["Set-Cookie"]
    assert "staff_session=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain http on 127.0.0.1; ADMIN_SECURE_COOKIES=1 behind TLS
    token = browser.http.cookies["staff_session"]
    out = browser.post("/logout", {})
    assert out.status_code == 303 and out.headers["Location"] == "/login"
    replay = Browser(base)
    replay.http.cookies.set("staff_session", token)
    assert replay.get("/services").status_code == 303


def test_a_removed_account_is_logged_out(base: str, accounts_db: Path) -> None:
    add_account(accounts_db, "Leaving Tester", PASSWORD)
    browser = logged_in(base, "Leaving Tester")
    assert browser.get("/services").status_code == 200
    assert user_command(accounts_db, "remove", "Leaving Tester").exit_code == 0
    assert browser.get("/services").status_code == 303


@pytest.mark.parametrize(
    ("path", "body", "content_type", "status"),
    [
        (f"/services/{OAK}/edit", "phone=" + "9" * 300_000, None, 413),
        (f"/services/{OAK}/edit", "phone=%FF%FE", None, 400),
        (f"/services/{OAK}/edit", "phone=860%00555", None, 400),
        (f"/services/{OAK}/edit", "&".join(f"f{n}=1" for n in range(500)), None, 400),
        (f"/services/{OAK}/edit", '{"phone": "860-555-0148"}', "application/json", 400),
        ("/services/no-such-entry/edit", "phone=860-555-0148", None, 404),
        ("/services/no-such-entry/verify", "", None, 404),
        ("/services/no-such-entry/deactivate", "reason=x", None, 404),
        (f"/services/{OAK}/deactivate", "reason=" + "x" * 600, None, 400),
    ],
)  # fmt: skip
def test_bad_input_gets_a_friendly_page_and_changes_nothing(
    staff: Browser, directory: Path, path: str, body: str, content_type: str | None, status: int
) -> None:
    before = content(directory)
    token = staff.csrf("/services")
    data = body if content_type else (f"csrf={token}&{body}" if body else f"csrf={token}")
    headers = {"Content-Type": content_type or "application/x-www-form-urlencoded"}
    reply = staff.http.post(staff.base + path, data=data, headers=headers, allow_redirects=False, timeout=60)
    assert reply.status_code == status, reply.text
    assert "<h1>" in reply.text and "Traceback" not in reply.text
    assert content(directory) == before


def test_an_overlong_field_is_an_error_beside_it(staff: Browser, directory: Path) -> None:
    before = content(directory)
    reply = staff.post(f"/services/{OAK}/edit", {**current_form(directory, OAK), "hours": "open " * 1000})
    assert reply.status_code == 400 and "longer than 4000 characters" in reply.text
    assert content(directory) == before


@pytest.mark.parametrize(
    "path",
    ["/services/no-such-entry", "/services/%2e%2e%2fetc", "/services/%FF", "/nothing/here", "/audit?since=2026-13-01"],
)
def test_odd_addresses_get_a_friendly_page(staff: Browser, path: str) -> None:
    reply = staff.get(path)
    assert reply.status_code in (400, 404) and "<h1>" in reply.text and "Traceback" not in reply.text
