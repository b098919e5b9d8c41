"""The staff web page: routes, login, CSRF checks, security headers and friendly error pages.

Every page but the login page needs a session. Every POST must carry the
session's CSRF token (the login form a token of its own, in a short-lived
cookie) and, when the browser says where it comes from, come from this site;
the session cookie is SameSite=Strict as well. Changes go through
bot/directory/edits.py with the logged-in name as the actor, so the page and
the `directory` command check, audit and re-rank identically. Database work
and password hashing run in threads, so one slow login never stalls the page.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import secrets
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.admin import accounts, forms, sessions
from bot.directory import audit, edits, freshness
from bot.directory.cli import SEARCH_SQL, editing, reading
from bot.directory.entries import Entry, confidential_office, differences, read_entry, withheld
from bot.directory.models import CATEGORIES, STATUSES
from bot.directory.seed import ENTRY_COLUMNS
from bot.directory.validate import InvalidEntries
from bot.geo import canonical_town

HERE = Path(__file__).parent
SESSION_COOKIE = "staff_session"
LOGIN_COOKIE = "staff_login"
LOGIN_COOKIE_SECONDS = 60 * 60
MAX_BODY_BYTES = 256 * 1024
MAX_QUERY_CHARS = 200
MAX_REASON_CHARS = 500
SEARCH_LIMIT = 200
AUDIT_LIMIT = 200
HOME = "/services"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; style-src 'self'; img-src 'self'; form-action 'self';"
        " frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
}
# What a redirect after a change says; a fixed set, so no text from the URL is ever shown back.
DONE = {
    "added": "Added. The assistant can show it from now on.",
    "saved": "Saved. The assistant uses the new details from now on.",
    "unchanged": "Nothing changed: the entry already had those values.",
    "verified": "Recorded as verified today.",
    "already-verified": "It was already recorded as verified today.",
    "deactivated": "Deactivated: the assistant no longer shows it. The entry and its history are kept.",
    "already-inactive": "It was already inactive.",
}
LABELS = {"id": "Id", **{name: field.label for name, field in forms.FIELDS.items()}, "last_verified": "Last verified"}
STATUS_TITLES = {400: "Bad request", 403: "Refused", 404: "Not found", 405: "Not allowed", 413: "Too large"}

logger = logging.getLogger(__name__)
templates = Environment(
    loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
    trim_blocks=True, lstrip_blocks=True,
)  # fmt: skip


@dataclass(frozen=True)
class Settings:
    directory: Path
    staff_db: Path
    # Behind a TLS proxy the app sees plain HTTP, so it must be told to mark cookies Secure.
    secure_cookies: bool = False


class PageError(Exception):
    """Ends a request with a friendly page: status, a title and one sentence of what to do."""

    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail


def settings_of(request: Request) -> Settings:
    return request.app.ctx.settings


def in_thread(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Awaitable[Any]:
    return asyncio.to_thread(function, *args, **kwargs)


def page(request: Request | None, template: str, status: int = 200, **context: Any) -> HTTPResponse:
    session = getattr(getattr(request, "ctx", None), "session", None)
    context.setdefault("csrf", session.csrf_token if session else "")
    html = templates.get_template(template).render(user=session.user if session else None, **context)
    return response.html(html, status=status)


def set_cookie(request: Request, reply: HTTPResponse, name: str, value: str, max_age: int | None = None) -> None:
    reply.cookies[name] = value
    cookie = reply.cookies[name]
    cookie["path"] = "/"
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    cookie["secure"] = settings_of(request).secure_cookies or request.scheme == "https"
    if max_age is not None:
        cookie["max-age"] = max_age


def clear_cookie(request: Request, reply: HTTPResponse, name: str) -> None:
    set_cookie(request, reply, name, "", max_age=0)


def redirect(to: str) -> HTTPResponse:
    """303, so a form POST is followed by a GET and a reload does not repeat the change."""
    return response.redirect(to, status=303)


def read_query(request: Request) -> dict[str, str]:
    values = forms.parse_fields(request.query_string)
    if any(len(value) > MAX_QUERY_CHARS for value in values.values()):
        raise forms.BadForm(f"A search of at most {MAX_QUERY_CHARS} characters, please.")
    return values


def read_form(request: Request) -> dict[str, str]:
    kind = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise forms.BadForm("This page only accepts its own forms.")
    return forms.parse_fields(request.body)


def check_origin(request: Request) -> None:
    """Where the browser says the form came from, if it says: it must be this site.

    With Referrer-Policy no-referrer, browsers send `Origin: null` and no Referer
    even for our own forms, so those count as not saying; the token decides.
    """
    origin = request.headers.get("origin")
    source = origin if origin and origin != "null" else request.headers.get("referer")
    if not source:
        return
    try:
        netloc = urlsplit(source).netloc
    except ValueError:
        netloc = None
    if netloc is None or netloc.lower() != (request.headers.get("host") or "").lower():
        raise PageError(403, "Refused", "This form was not sent from the staff page. Nothing was changed.")


def expired_form() -> PageError:
    return PageError(
        403, "This form has expired", "Nothing was changed. Go back, reload the page and try again."
    )


def safe_next(target: str | None) -> str:
    """Only a path on this site, so the login page cannot be used to send staff elsewhere."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return HOME


async def current_session(request: Request) -> sessions.Session | None:
    return await in_thread(sessions.current, settings_of(request).staff_db, request.cookies.get(SESSION_COOKIE))


def staff_only(handler: Callable[..., Awaitable[HTTPResponse]]) -> Callable[..., Awaitable[HTTPResponse]]:
    """No session: off to the login page. A POST also needs the session's CSRF token and a same-site origin."""

    @functools.wraps(handler)
    async def checked(request: Request, **kwargs: Any) -> HTTPResponse:
        session = await current_session(request)
        if session is None:
            return redirect("/login?" + urlencode({"next": request.path if request.method == "GET" else HOME}))
        request.ctx.session = session
        if request.method == "POST":
            request.ctx.form = read_form(request)
            check_origin(request)
            if not sessions.tokens_match(request.ctx.form.get("csrf"), session.csrf_token):
                raise expired_form()
        return await handler(request, **kwargs)

    return checked


# ---- login and logout -------------------------------------------------------------------------


def has_users(path: Path) -> bool:
    with accounts.opened(path) as conn:
        return accounts.has_users(conn)


async def login_page(request: Request, status: int = 200, message: str = "", next_page: str = HOME) -> HTTPResponse:
    token = secrets.token_urlsafe(32)
    no_users = not await in_thread(has_users, settings_of(request).staff_db)
    reply = page(request, "login.html", status, csrf=token, message=message, next=next_page, no_users=no_users)
    set_cookie(request, reply, LOGIN_COOKIE, token, LOGIN_COOKIE_SECONDS)
    return reply


async def show_login(request: Request) -> HTTPResponse:
    if await current_session(request):
        return redirect(HOME)
    return await login_page(request, next_page=safe_next(read_query(request).get("next")))


async def log_in(request: Request) -> HTTPResponse:
    form = read_form(request)
    check_origin(request)
    if not sessions.tokens_match(form.get("csrf"), request.cookies.get(LOGIN_COOKIE)):
        raise expired_form()
    settings = settings_of(request)
    next_page = safe_next(form.get("next"))
    login = await in_thread(accounts.authenticate, settings.staff_db, form.get("name", ""), form.get("password", ""))
    if login.user is None:
        logger.info("login refused%s", " (name locked)" if login.locked else "")
        message = (
            "Too many failed logins for this name. Try again in 15 minutes, or ask whoever runs the"
            " server to run: directory user unlock NAME"
            if login.locked
            else "Wrong name or password."
        )
        return await login_page(request, 429 if login.locked else 401, message, next_page)
    await in_thread(sessions.end, settings.staff_db, request.cookies.get(SESSION_COOKIE))
    token = await in_thread(sessions.start, settings.staff_db, login.user)
    logger.info("%s logged in", login.user)
    reply = redirect(next_page)
    set_cookie(request, reply, SESSION_COOKIE, token)
    clear_cookie(request, reply, LOGIN_COOKIE)
    return reply


@staff_only
async def log_out(request: Request) -> HTTPResponse:
    await in_thread(sessions.end, settings_of(request).staff_db, request.cookies.get(SESSION_COOKIE))
    reply = redirect("/login")
    clear_cookie(request, reply, SESSION_COOKIE)
    return reply


# ---- reading the directory ---------------------------------------------------------------------


def search_entries(path: Path, params: dict[str, str | None]) -> tuple[list[dict[str, Any]], int]:
    since = freshness.fresh_since()
    with reading(path) as db:
        rows = db.execute(SEARCH_SQL, params).fetchall()
    found = [
        {"id": row[0], "name": row[1], "category": row[2], "scope": row[3], "status": row[4],
         "last_verified": row[5] or "", "stale": freshness.is_stale(row[5], since)}
        for row in rows[:SEARCH_LIMIT]
    ]  # fmt: skip
    return found, len(rows)


@staff_only
async def search(request: Request) -> HTTPResponse:
    query = read_query(request)
    text, category, town, status = (query.get(name, "").strip() for name in ("q", "category", "town", "status"))
    errors = {}
    if category and category not in CATEGORIES:
        errors["category"] = "not a category"
    if status and status not in STATUSES:
        errors["status"] = "not a status"
    canonical = canonical_town(town) if town else None
    if town and canonical is None:
        errors["town"] = f"{town!r} is not a Connecticut town or village"
    found, total = [], 0
    if not errors:
        params = {"like": f"%{text}%" if text else None, "category": category or None,
                  "status": status or None, "town": canonical}  # fmt: skip
        found, total = await in_thread(search_entries, settings_of(request).directory, params)
    return page(
        request, "search.html", 400 if errors else 200, query={"q": text, "category": category, "town": town,
        "status": status}, errors=errors, found=found, total=total, categories=CATEGORIES, statuses=STATUSES,
    )  # fmt: skip


def load_entry(path: Path, service_id: str) -> tuple[Entry, bool, list[audit.AuditRecord]]:
    with reading(path) as db:
        entry = read_entry(db, service_id)
        if entry is None:
            raise edits.UnknownService(service_id)
        hidden = entry["confidential_location"] == "yes" or confidential_office(db, service_id)
        return entry, hidden, audit.history(db, service_id, limit=5)


@staff_only
async def show_entry(request: Request, service_id: str) -> HTTPResponse:
    entry, confidential, recent = await in_thread(load_entry, settings_of(request).directory, service_id)
    done = DONE.get(read_query(request).get("done", ""))
    stale = freshness.is_stale(entry["last_verified"] or None, freshness.fresh_since())
    return page(
        request, "entry.html", entry=entry, columns=ENTRY_COLUMNS, labels=LABELS, confidential=confidential,
        stale=stale, stale_days=freshness.stale_after_days(), done=done, recent=recent,
    )  # fmt: skip


def load_history(path: Path, service_id: str | None, since: date | None, until: date | None) -> list[dict[str, Any]]:
    """Changes newest first, confidential addresses withheld: the entry page is the one place they show."""
    with reading(path) as db:
        return [
            {"record": record, "changes": differences(
                withheld(db, record.before) if record.before else None, withheld(db, record.after))}
            for record in audit.history(db, service_id, since, until, AUDIT_LIMIT)
        ]  # fmt: skip


def day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@staff_only
async def audit_trail(request: Request) -> HTTPResponse:
    query = read_query(request)
    service_id, since_text, until_text = (query.get(name, "").strip() for name in ("service", "since", "until"))
    errors = {name: "a date written YYYY-MM-DD" for name, text in (("since", since_text), ("until", until_text))
              if text and day(text) is None}  # fmt: skip
    found = [] if errors else await in_thread(
        load_history, settings_of(request).directory, service_id or None, day(since_text), day(until_text)
    )  # fmt: skip
    return page(
        request, "audit.html", 400 if errors else 200, errors=errors, found=found, limit=AUDIT_LIMIT, labels=LABELS,
        query={"service": service_id, "since": since_text, "until": until_text},
    )  # fmt: skip


# ---- changing the directory --------------------------------------------------------------------


def change(path: Path, edit: Callable[..., edits.Change | None], *args: Any, **kwargs: Any) -> edits.Change | None:
    with editing(path) as db:
        return edit(db, *args, **kwargs)


def actor(request: Request) -> str:
    return request.ctx.session.user


def entry_form(request: Request, status: int, values: Entry, error: InvalidEntries | None = None,
               service_id: str | None = None) -> HTTPResponse:  # fmt: skip
    by_field, others = forms.field_problems(error.problems) if error else ({}, [])
    return page(
        request, "entry_form.html", status, fields=forms.FIELDS.values(), values=values, errors=by_field,
        other_errors=others, service_id=service_id,
    )  # fmt: skip


@staff_only
async def edit_form(request: Request, service_id: str) -> HTTPResponse:
    entry, _, _ = await in_thread(load_entry, settings_of(request).directory, service_id)
    return entry_form(request, 200, entry, service_id=service_id)


@staff_only
async def edit(request: Request, service_id: str) -> HTTPResponse:
    settings = settings_of(request)
    entry, _, _ = await in_thread(load_entry, settings.directory, service_id)
    values = forms.entry_values(request.ctx.form)
    changed = {name: value for name, value in values.items() if value != entry[name]}
    if not changed:
        return redirect(f"/services/{service_id}?done=unchanged")
    try:
        made = await in_thread(change, settings.directory, edits.update_service, service_id, changed, actor(request))
    except InvalidEntries as error:
        return entry_form(request, 400, {**entry, **values}, error, service_id)
    if made:
        logger.info("%s updated %s", actor(request), service_id)
    return redirect(f"/services/{service_id}?done={'saved' if made else 'unchanged'}")


@staff_only
async def add_form(request: Request) -> HTTPResponse:
    blank = {name: "" for name in forms.FIELDS} | {"scope": "local", "status": "active"}
    return entry_form(request, 200, blank)


@staff_only
async def add(request: Request) -> HTTPResponse:
    values = forms.entry_values(request.ctx.form)
    fields = {name: value for name, value in values.items() if value}
    try:
        made = await in_thread(change, settings_of(request).directory, edits.add_service, fields, actor(request))
    except InvalidEntries as error:
        return entry_form(request, 400, {name: "" for name in forms.FIELDS} | values, error)
    logger.info("%s added %s", actor(request), made.service_id)
    return redirect(f"/services/{made.service_id}?done=added")


@staff_only
async def deactivate_form(request: Request, service_id: str) -> HTTPResponse:
    entry, _, _ = await in_thread(load_entry, settings_of(request).directory, service_id)
    return page(request, "deactivate.html", entry=entry, reason="", problems=[])


@staff_only
async def deactivate(request: Request, service_id: str) -> HTTPResponse:
    settings = settings_of(request)
    reason = request.ctx.form.get("reason", "").strip()
    problems = [f"A reason of at most {MAX_REASON_CHARS} characters, please."] if len(reason) > MAX_REASON_CHARS else []
    if not problems:
        try:
            made = await in_thread(
                change, settings.directory, edits.deactivate_service, service_id, actor(request), reason=reason or None
            )  # fmt: skip
        except InvalidEntries as error:
            problems = [problem.message for problem in error.problems]
    if problems:
        entry, _, _ = await in_thread(load_entry, settings.directory, service_id)
        return page(request, "deactivate.html", 400, entry=entry, reason=reason, problems=problems)
    if made:
        logger.info("%s deactivated %s", actor(request), service_id)
    return redirect(f"/services/{service_id}?done={'deactivated' if made else 'already-inactive'}")


@staff_only
async def verify(request: Request, service_id: str) -> HTTPResponse:
    made = await in_thread(change, settings_of(request).directory, edits.verify_service, service_id, actor(request))
    if made:
        logger.info("%s verified %s", actor(request), service_id)
    return redirect(f"/services/{service_id}?done={'verified' if made else 'already-verified'}")


@staff_only
async def home(request: Request) -> HTTPResponse:
    return redirect(HOME)


async def stylesheet(request: Request) -> HTTPResponse:
    return response.text((HERE / "static" / "admin.css").read_text(), content_type="text/css; charset=utf-8")


# ---- errors and headers ------------------------------------------------------------------------


def error_page(request: Request | None, status: int, title: str, detail: str) -> HTTPResponse:
    return page(request, "error.html", status, title=title, detail=detail)


def page_error(request: Request, error: PageError) -> HTTPResponse:
    return error_page(request, error.status, error.title, error.detail)


def bad_form(request: Request, error: forms.BadForm) -> HTTPResponse:
    return error_page(request, 400, "Bad request", f"{error} Nothing was changed.")


def unknown_service(request: Request, error: edits.UnknownService) -> HTTPResponse:
    return error_page(request, 404, "No such entry", "There is no directory entry with that id. Try a search.")


def unavailable(request: Request, error: Exception) -> HTTPResponse:
    logger.error("directory unavailable: %s", error)
    return error_page(
        request, 503, "The directory is not available",
        "The directory database is missing or busy. Nothing was changed. Try again in a minute.",
    )  # fmt: skip


def http_error(request: Request, error: SanicException) -> HTTPResponse:
    status = getattr(error, "status_code", 500) or 500
    detail = "There is no such page." if status == 404 else "The staff page cannot handle that request."
    return error_page(request, status, STATUS_TITLES.get(status, "Error"), detail)


def unexpected(request: Request, error: Exception) -> HTTPResponse:
    if isinstance(error, UnicodeError):  # a URL with bytes that are not text
        return error_page(request, 400, "Bad request", "The address contained characters that are not text.")
    logger.exception("unexpected error on the staff page")
    return error_page(request, 500, "Something went wrong", "Nothing was changed. Try again; if it persists, tell IT.")


async def secure_headers(request: Request, reply: HTTPResponse) -> None:
    for name, value in SECURITY_HEADERS.items():
        reply.headers[name] = value


ROUTES: list[tuple[Callable[..., Awaitable[HTTPResponse]], str, str]] = [
    (home, "/", "GET"),
    (stylesheet, "/static/admin.css", "GET"),
    (show_login, "/login", "GET"),
    (log_in, "/login", "POST"),
    (log_out, "/logout", "POST"),
    (search, "/services", "GET"),
    (add_form, "/services/new", "GET"),
    (add, "/services/new", "POST"),
    (show_entry, "/services/<service_id:str>", "GET"),
    (edit_form, "/services/<service_id:str>/edit", "GET"),
    (edit, "/services/<service_id:str>/edit", "POST"),
    (deactivate_form, "/services/<service_id:str>/deactivate", "GET"),
    (deactivate, "/services/<service_id:str>/deactivate", "POST"),
    (verify, "/services/<service_id:str>/verify", "POST"),
    (audit_trail, "/audit", "GET"),
]
ERRORS: list[tuple[type[BaseException], Callable[..., HTTPResponse]]] = [
    (PageError, page_error),
    (forms.BadForm, bad_form),
    (edits.UnknownService, unknown_service),
    (FileNotFoundError, unavailable),
    (sqlite3.Error, unavailable),
    (SanicException, http_error),
    (Exception, unexpected),
]


def create_app(settings: Settings) -> Sanic:
    app = Sanic("staff_page")
    app.config.REQUEST_MAX_SIZE = MAX_BODY_BYTES
    app.ctx.settings = settings
    for handler, uri, method in ROUTES:
        app.add_route(handler, uri, methods=[method], name=f"{handler.__name__}_{method.lower()}")
    for exception, handler in ERRORS:
        app.error_handler.add(exception, handler)
    app.register_middleware(secure_headers, "response")
    return app
