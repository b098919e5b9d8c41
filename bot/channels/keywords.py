"""SMS keywords and the fixed replies around them.

STOP and HELP are what carriers require of any number that texts people; the
national trafficking hotline also tells people to "text HELP" when they need
help, so HELP both answers as the carriers require and starts the bot's help.
FORGET is ours: a person on a watched phone can erase the conversation.
"""
from __future__ import annotations

import csv
import enum
from pathlib import Path

from bot.paths import SEED_CSV


class Keyword(enum.Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"
    FORGET = "forget"


KEYWORDS = {
    **dict.fromkeys(("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"), Keyword.STOP),
    **dict.fromkeys(("START", "UNSTOP"), Keyword.START),
    **dict.fromkeys(("HELP", "INFO"), Keyword.HELP),
    "FORGET": Keyword.FORGET,
}
HOTLINE_NAME = "National Human Trafficking Hotline"
DANGER = "If you are in danger, call 911."


def keyword(text: str) -> Keyword | None:
    """A keyword is the whole message, in any case, as carriers match it ("stop", " Stop. ")."""
    return KEYWORDS.get(text.strip().rstrip(".!").strip().upper())


def hotline_contact(seed_csv: Path = SEED_CSV) -> tuple[str, str]:
    """The hotline's call and text numbers, read from the vetted directory so they are never typed twice."""
    with seed_csv.open(newline="") as handle:
        for row in csv.DictReader(handle):
            if row["name"] == HOTLINE_NAME and row["phone"] and row["sms"]:
                return row["phone"], row["sms"]
    raise LookupError(f"{HOTLINE_NAME} with a phone and a text number is missing from {seed_csv}")


def help_text(service_name: str, seed_csv: Path = SEED_CSV) -> str:
    """What a HELP reply must hold: who we are, the hotline, how to stop. Opens without a trigger word."""
    call, text = hotline_contact(seed_csv)
    return (
        f"{service_name}: free, private help finding services in Connecticut. {DANGER} "
        f"{HOTLINE_NAME}: call {call} or text {text}. "
        "Text STOP to stop, FORGET to erase this chat. Msg&data rates may apply."
    )


def stop_text(service_name: str) -> str:
    return f"You won't get more messages from {service_name}. Text START to get replies again. {DANGER}"


def start_text(service_name: str) -> str:
    return (
        f"You will get replies from {service_name} again. "
        "Text HELP for help, STOP to stop, FORGET to erase this chat from our server."
    )


FORGOTTEN = (
    "Done: I deleted this conversation from our server. The texts are still on this "
    f"phone; delete them too if someone else may read it. {DANGER}"
)
NOT_FORGOTTEN = f"Sorry, I could not delete this conversation just now. Please text FORGET again later. {DANGER}"
MEDIA_ONLY = f"I can only read text, not pictures or files. Please type what you need. {DANGER}"
EMPTY = f"Your message was empty. Tell me what kind of help you need, or text HELP. {DANGER}"


def throttled_text(window_seconds: float) -> str:
    minutes = max(1, round(window_seconds / 60))
    return (
        f"{DANGER} You are sending messages faster than I can answer, so I will "
        f"answer again in about {minutes} minute{'s' if minutes != 1 else ''}."
    )
