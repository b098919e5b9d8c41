"""The launcher that `make run` and the test session share (bot/serve.py)."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

from bot.serve import Assistant
from conftest import free_port


def _port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def test_a_server_that_fails_to_start_leaves_none_running(tmp_path: Path) -> None:
    """A server that started before the one that failed was left running, its port taken."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assistant = Assistant(
            tmp_path / "model.tar.gz", actions_port=taken.getsockname()[1], admin_port=free_port()
        )
        with pytest.raises(RuntimeError, match="exited"):
            assistant.start(timeout=120)
    assert assistant.processes == []
    assert _port_is_free(assistant.admin_port)
