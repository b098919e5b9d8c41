"""One way for a staff command to refuse: a short message and exit status 1, never a traceback.

Shared by the `directory` commands and its `directory user` group, which guard
different databases and expect different errors but must fail the same way.
"""
from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def refusing(expected: tuple[type[Exception], ...], database: str) -> Callable[[F], F]:
    """A decorator: `expected` errors become their own message; any SQLite error says which `database` failed."""

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def run(*args: Any, **kwargs: Any) -> Any:
            try:
                return command(*args, **kwargs)
            except expected as error:
                raise click.ClickException(str(error)) from error
            except sqlite3.Error as error:
                raise click.ClickException(f"{database} could not be used: {error}") from error

        return run  # type: ignore[return-value]

    return decorate
