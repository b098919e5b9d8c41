"""Suicide and self-harm: thoughts, plans, goodbyes and acts.

Read with the syntax in bot/risk/patterns/__init__.py. RISK is split by theme, so
that a line is found where a reader would look for it first; a line that fits
several themes sits in one of them, and where it sits changes nothing:

    wishes.py     said as a wish: to die, not to exist, not to wake up
    hints.py      told without the usual words: a burden, no point, a date picked
    farewells.py  goodbyes and arrangements (and WHOLE_MESSAGE)
    means.py      methods and means (and MEANS_ASKED, MEANS_AT_HAND)
    self_harm.py  cutting, burning, scars, relapse
    spanish.py    all of these in Spanish
    now.py        SUICIDE_NOW: acted on or set for today
"""
from __future__ import annotations

from bot.risk.patterns.suicide import farewells, hints, means, self_harm, spanish, wishes
from bot.risk.patterns.suicide.farewells import WHOLE_MESSAGE
from bot.risk.patterns.suicide.means import MEANS_ASKED, MEANS_AT_HAND
from bot.risk.patterns.suicide.now import SUICIDE_NOW

# Always counts, unless a guard covers the same words.
RISK: list[str] = [*wishes.RISK, *hints.RISK, *farewells.RISK, *means.RISK, *self_harm.RISK, *spanish.RISK]

# A bare mention; counts unless the sentence is about the subject (INFORMATIONAL).
TOPIC: list[str] = ["suicide", "suicidal", "self harm", "overdose", "overdosing", "suicidio", "ideation"]

# Suicide said outright, in the writer's own words: RISK, and a finding from
# these lines stands even when every learnt layer leans away from it ("can I
# say I wanna die here? bc I do", "I'm also kind of suicidal but that won't
# affect my work"). Only what a joke cannot borrow without a guard saying so:
# "I want to die... of embarrassment" is an idiom (guards.IDIOMS).
SAID_OUTRIGHT: list[str] = [
    "i want to die",
    "wanna die",
    "i am/feel/feeling/been/get ... suicidal",
]

__all__ = ["MEANS_ASKED", "MEANS_AT_HAND", "RISK", "SAID_OUTRIGHT", "SUICIDE_NOW", "TOPIC", "WHOLE_MESSAGE"]
