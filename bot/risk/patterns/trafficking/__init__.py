"""Trafficking: forced labour or sex, documents held, debts, threats, false promises.

Read with the syntax in bot/risk/patterns/__init__.py. RISK is split by theme, so
that a line is found where a reader would look for it first; a line that fits
several themes sits in one of them, and where it sits changes nothing:

    sex_trade.py     commercial sex under another's control (and FORCED_SEX)
    documents.py     passports, IDs and papers kept
    debt_and_pay.py  debts, fees, pay kept
    threats.py       deportation, police, family back home
    recruitment.py   false promises, agencies, the trip
    control.py       not free to leave, watched, forced labour (and TRAFFICKING_UNLESS_PARTNER)
    spanish.py       all of these in Spanish
"""
from __future__ import annotations

from bot.risk.patterns.trafficking import control, debt_and_pay, documents, recruitment, sex_trade, spanish, threats
from bot.risk.patterns.trafficking.control import TRAFFICKING_UNLESS_PARTNER
from bot.risk.patterns.trafficking.sex_trade import FORCED_SEX

# Always counts, unless a guard covers the same words.
RISK: list[str] = [
    *control.RISK, *documents.RISK, *debt_and_pay.RISK, *threats.RISK, *recruitment.RISK, *sex_trade.RISK,
    *spanish.RISK,
]

# A bare mention; counts unless the sentence is about the subject (INFORMATIONAL).
TOPIC: list[str] = [
    "trafficking", "trafficked", "trafficker", "traffickers", "human trafficking", "sex trafficking",
    "labor trafficking", "pimp", "pimps", "pimped", "pimping", "trata de personas", "trata",
    "proxeneta", "padrote", "forced labor", "forced labour", "forced prostitution", "debt bondage",
    "modern slavery", "work for free", "working for free", "unpaid", "escort for him",
    "sex for money", "quota",
    # fresh344 (2026-12-01, session 24): "sex traffic help", typed fast.
    "sex traffic", "human traffic",
]

# Someone who names their own pimp or trafficker is at risk even inside a joke ("lol my pimp
# would kill me if he saw this", from the blind round fresh242): no idiom, everyday-errand or
# safety-statement guard cancels these. ("the pimp in that movie" names no one's own pimp.)
NAMED_CONTROLLER: list[str] = ["my pimp", "my trafficker", "my traffickers"]

__all__ = ["FORCED_SEX", "NAMED_CONTROLLER", "RISK", "TOPIC", "TRAFFICKING_UNLESS_PARTNER"]
