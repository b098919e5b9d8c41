"""Danger now: someone being hurt, held, threatened with a weapon, or in a medical emergency now.

Read with the syntax in bot/risk/patterns/__init__.py. RISK is split by theme, so
that a line is found where a reader would look for it first; a line that fits
several themes sits in one of them, and where it sits changes nothing:

    medical.py      an overdose, not breathing, bleeding, fire, an accident
    weapons.py      a gun, a knife, a bat, shown or pointed
    held.py         locked in, taken, driven somewhere, not let go
    hurt_now.py     hit, choked, dragged, attacked
    threats.py      threats to kill or hurt, a time set for it
    at_the_door.py  followed, found, at the door, breaking in, on the way
    languages.py    Spanish, and a few lines in other languages
    said_now.py     cries for help, "happening right now", the rest (and
                    WHOLE_MESSAGE, UNREACHABLE)
"""
from __future__ import annotations

from bot.risk.patterns.emergency import at_the_door, held, hurt_now, languages, medical, said_now, threats, weapons
from bot.risk.patterns.emergency.said_now import UNREACHABLE, WHOLE_MESSAGE

# Always counts, unless a guard covers the same words.
RISK: list[str] = [*medical.RISK, *weapons.RISK, *held.RISK, *hurt_now.RISK, *threats.RISK, *at_the_door.RISK, *said_now.RISK, *languages.RISK]

# A bare mention; counts unless the sentence is about the subject (INFORMATIONAL).
TOPIC: list[str] = ["kidnapped", "kidnapping"]

__all__ = ["RISK", "TOPIC", "UNREACHABLE", "WHOLE_MESSAGE"]
