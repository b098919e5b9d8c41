"""A Rasa server whose model could not be loaded: every channel still gives the numbers.

Stock Rasa serves on with no model and answers every message with silence. A
broken archive here is a few random bytes: Rasa starts in seconds without it.
"""
from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from bot.serve import Assistant, rasa_server_command, stop, wait_until_ready, write_endpoints
from bot.training import rasa_env
from conftest import free_port
from sms_phone import AUTH_TOKEN, ID_SECRET, PUBLIC_URL, Phone, replies

EMERGENCY = "call 911"


@pytest.fixture(scope="module")
def broken_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("broken") / "model.tar.gz"
    path.write_bytes(bytes(range(256)) * 8)
    return path


@pytest.fixture(scope="module")
def modelless_url(broken_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a Rasa server started with a model it cannot load."""
    folder = tmp_path_factory.mktemp("modelless")
    port = free_port()
    env = {
        **rasa_env(), "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "SMS_ID_SECRET": ID_SECRET, "SMS_PUBLIC_URL": PUBLIC_URL,
        "SMS_STATE_DB": str(folder / "sms_state.db"),
    }
    command = rasa_server_command(broken_model, port, write_endpoints(folder, free_port()), cors=())
    with (folder / "rasa.log").open("w") as log:
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until_ready(f"http://127.0.0.1:{port}/", process, timeout=180)
            yield f"http://127.0.0.1:{port}"
        finally:
            stop([process])


def test_the_ready_url_says_no_model_is_loaded(modelless_url: str) -> None:
    answer = requests.get(f"{modelless_url}/webhooks/rest/ready", timeout=10)
    assert answer.status_code == 503
    assert answer.json() == {"status": "no model loaded"}


def test_a_rest_message_gets_the_numbers_not_silence(modelless_url: str) -> None:
    answer = requests.post(
        f"{modelless_url}/webhooks/rest/webhook", json={"sender": "nomodel1", "message": "he took my passport"},
        timeout=30,
    )
    assert answer.status_code == 503
    assert EMERGENCY in answer.json()[0]["text"]


def test_a_widget_message_is_refused_so_the_widget_shows_its_own_numbers(modelless_url: str) -> None:
    answer = requests.post(
        f"{modelless_url}/widget/webhook", json={"sender": "nomodel2", "message": "help"}, timeout=30,
    )
    assert answer.status_code == 503
    assert answer.headers["Cache-Control"] == "no-store"


def test_a_text_message_gets_the_numbers_not_silence(modelless_url: str) -> None:
    phone = Phone(f"{modelless_url}/webhooks/sms/webhook")
    answer = phone.post(phone.fields("im locked in a room"))
    assert answer.status_code == 200
    assert any(EMERGENCY in body for body in replies(answer))


def test_stop_is_still_honoured(modelless_url: str) -> None:
    phone = Phone(f"{modelless_url}/webhooks/sms/webhook")
    assert "text start to get replies again" in " ".join(phone.send("STOP")).lower()
    assert phone.send("hello") == []


def test_the_launcher_refuses_a_model_it_cannot_load(broken_model: Path) -> None:
    """`make run` once printed "The assistant is ready" over a server that answered nothing."""
    assistant = Assistant(broken_model, rasa_port=free_port(), actions_port=free_port())
    with pytest.raises(RuntimeError, match="no model loaded"):
        assistant.start(timeout=180)
    assert assistant.processes == []
