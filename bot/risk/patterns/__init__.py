"""What counts as a sign of risk: plain lists that a non-programmer can read and extend.

WHERE THINGS ARE
----------------
    emergency/, suicide/, child.py, trafficking/, sa.py, dv.py
                        each kind's patterns (RISK, TOPIC, and the kind's
                        special lists: see WHAT HAPPENS WITH A MATCH); the
                        three longest kinds are packages whose RISK is split
                        by theme (emergency/: medical, weapons, held,
                        hurt_now, threats, at_the_door, said_now, languages;
                        suicide/: wishes, hints, farewells, means, self_harm,
                        spanish; trafficking/: control, documents,
                        debt_and_pay, threats, recruitment, sex_trade,
                        spanish; the __init__ of each says which is which)
    other_languages.py  Portuguese, Haitian Creole, Polish, Vietnamese, ...
    guards.py           what cancels a match (IDIOMS, HARMLESS, ...)
    words.py            word groups ({NAME}) and how messages are cleaned

This module puts them together for the detector (bot/risk/detector.py).

HOW TO READ AND WRITE A PATTERN
-------------------------------
Every line of these lists is one pattern. A message matches when its words
appear in this order. Before matching, both the message and the patterns are cleaned the
same way: lower case, accents removed ("violación" = "violacion"), repeated
letters squeezed ("hellppp" = "help"; not in the words of UNSQUEEZED, so
"noose" is not "nose"), common typos of key words fixed
("pasport", "boyfreind"), and text-speak written out (u = you, im = i am,
dont = do not, rn = right now, kms = kill myself; see SMS_WORDS in words.py),
emojis that stand for a word read as it (🪢 = rope; EMOJI_WORDS), quote
marks dropped ('makes her "date" his friends'), and letters written as
digits read back where that makes a word some pattern uses ("h3lp m3",
"su1c1d3", "tr@ff1ck3d"; not "14yo", "b4" or "3ala"), a sentence spelled
out letter by letter split into words some pattern uses ("i w a n t t o d
i e"), and a sentence that is only "for me", "it's for me" or "asking for
me" joined to the one before it ("an obituary. it's for me" is one
sentence: write "obituary ...... for me", with no full stop). Dots before a
preposition do not end the sentence ("I want to die... of embarrassment"
is one sentence, so a guard can cover it). Numbers in patterns stay numbers.
So write patterns in plain, full spelling: "do not", "i am", "will not".

    word        that word
    a/b/c       any one of these words
    {GROUP}     any word of a group from WORDS in words.py
    ...         up to three other words, or none (never across a full stop)
    ......      up to six other words, or none
    word?       the word may be missing (also works on a/b? and {GROUP}?)

A line without any of / { } ? ... is a plain phrase and may be written in
any spelling ("he won't let me leave" works: it is cleaned like a message).

A choice is always one word: "will not/does not return" means will, then
"not" or "does", then not. Write "will/does not return", or two lines for
choices of several words ("no one would notice" beside "nobody would
notice"). The compiler refuses the commonest slips: a choice followed by a
slot that starts with one of its own words ("he is/she is coming"), two
choices side by side sharing a phrase's first word ("it ends/i go/i do
it"), a choice holding the first half of "no one" ("nobody/no one would"),
a subject pronoun beside a verb or a possessive before a verb ("i am/we are
short", "its/it is over"), and a word written twice in one choice
("fica/ficou/fica").

WHAT HAPPENS WITH A MATCH
-------------------------
* RISK (in each kind's module): always counts, unless a guard covers the
  same words. RISK_OTHER_LANGUAGES: the same, in Portuguese, Haitian Creole, Polish,
  Vietnamese and Tagalog; a few lines in Russian, Ukrainian, Arabic,
  Bengali, Hindi and Urdu, Albanian, Korean, Indonesian, Romanian, Swahili,
  Nepali and French; and (suicide only) Italian. A script without spaces
  (Chinese, Thai) is read only where the writer put spaces.
* TOPIC (in each kind's module; and TOPIC_OTHER_LANGUAGES): a bare mention
  ("trafficking", "suicide"); counts unless the same sentence is clearly a question about the
  subject, school work, volunteering, or news (INFORMATIONAL), or the message
  says who is asking on behalf of others (PROFESSIONAL_ROLES: "I'm a police
  officer").
* NAMED_CONTROLLER: trafficking ("my pimp"), which no idiom, harmless
  errand or safety statement cancels: a joke around it is still a disclosure.
* FORCED_SEX: sex under another person's control, trafficking and sexual
  assault at once.
* SUICIDE_NOW: suicide acted on or set for today, danger now and suicide at
  once.
* SAID_OUTRIGHT (suicide/__init__.py): suicide said in the writer's own words; RISK,
  and the learnt layers cannot withdraw it (see its comment).
* MEANS_ASKED and MEANS_AT_HAND (suicide/means.py): a question about how a means
  kills ("can you die from ...") and, anywhere else in the message, that
  means at hand or a decision ("i have 3 boxes"): suicide together, nothing
  alone.
* UNREACHABLE (emergency/said_now.py): someone who cannot be reached ("not
  answering", "straight to voicemail"); with suicide found anywhere in the
  message, danger now as well; nothing alone.
* WHOLE_MESSAGE (emergency/said_now.py, suicide/farewells.py): a short message
  that is only a cry ("sos") or a farewell ("can't do this anymore. sorry."),
  with perhaps a Connecticut place around it ("HELP!!! waterbury"); the same
  words inside a longer message do not count. A message in both lists ("took them") is both.
* TRAFFICKING_UNLESS_PARTNER: trafficking, but domestic violence when the
  same sentence names a partner ("my husband ...").
* DV_UNLESS_WORK: domestic violence, but trafficking when the same sentence
  is about a boss or a workplace ("... won't let me leave the farm").
* ADULT_CHILD (child.py): a son or daughter said to be grown ("my son (he's
  34)"); not a minor, and a harm near one is domestic violence (or the
  harm's own kind: trafficking, sexual assault).
* A child is at risk when a child is named (MINOR_SELF / MINOR_OTHER) near a
  harm (CHILD_HARM) or near a sign of danger now, trafficking or sexual
  assault, or when the person says they are a minor (or signs off with an
  age alone: "... idk anymore. 15.") and anything else in the message is a
  risk, suicide included. A
  harm listed under "trafficking" or "sa" also adds that kind; any other harm
  in a sentence naming an adult at home (WORDS["HOUSEHOLD"]) adds domestic
  violence.
* PAST_HARM and WELL_NOW: a harm told as long over (see their comment).
* FICTION: a sentence about a story, not the writer's life (see its comment).
* Guards: IDIOMS ("this traffic is killing me"), HARMLESS ("he never took my
  passport", "hit by a car"), SAFETY_STATEMENTS ("nobody is hurting me") and
  SERVICE_NAMES ("domestic violence shelter") cancel a risk match when they
  cover more than half of its words; anything else in the message still
  counts. So write a guard to cover the whole harmless phrase ("was hit by a
  car", not just "by a car"). INFORMATIONAL ("how many people are
  trafficked") cancels TOPIC mentions in its sentence.

When unsure whether to add a guard, don't: a false alarm costs the person a
moment, a missed alarm can cost a life.
"""
from __future__ import annotations

from importlib import import_module

from bot.risk.patterns import child, dv, emergency, suicide, trafficking
from bot.risk.patterns.guards import (
    FICTION,
    HARMLESS,
    IDIOMS,
    INFORMATIONAL,
    PAST_HARM,
    PROFESSIONAL_ROLES,
    SAFETY_OVERRULES,
    SAFETY_STATEMENTS,
    SERVICE_NAMES,
    WELL_NOW,
)
from bot.risk.patterns.other_languages import RISK_OTHER_LANGUAGES, TOPIC_OTHER_LANGUAGES
from bot.risk.patterns.words import EMOJI_WORDS, KINDS, SMS_WORDS, TYPO_TOLERANT, UNSQUEEZED, WORDS

# One module per kind, named after it: a new kind is a new module and an entry in KINDS.
_MODULES = {kind: import_module(f"bot.risk.patterns.{kind}") for kind in KINDS}

RISK: dict[str, list[str]] = {kind: module.RISK for kind, module in _MODULES.items()}
TOPIC: dict[str, list[str]] = {kind: module.TOPIC for kind, module in _MODULES.items()}
WHOLE_MESSAGE: dict[str, list[str]] = {"emergency": emergency.WHOLE_MESSAGE, "suicide": suicide.WHOLE_MESSAGE}
UNREACHABLE = emergency.UNREACHABLE
SUICIDE_NOW = suicide.SUICIDE_NOW
SAID_OUTRIGHT = suicide.SAID_OUTRIGHT
MEANS_ASKED = suicide.MEANS_ASKED
MEANS_AT_HAND = suicide.MEANS_AT_HAND
FORCED_SEX = trafficking.FORCED_SEX
NAMED_CONTROLLER = trafficking.NAMED_CONTROLLER
TRAFFICKING_UNLESS_PARTNER = trafficking.TRAFFICKING_UNLESS_PARTNER
DV_UNLESS_WORK = dv.DV_UNLESS_WORK
MINOR_SELF = child.MINOR_SELF
MINOR_OTHER = child.MINOR_OTHER
ADULT_CHILD = child.ADULT_CHILD
CHILD_HARM = child.CHILD_HARM

__all__ = [
    "ADULT_CHILD", "CHILD_HARM", "DV_UNLESS_WORK", "EMOJI_WORDS", "FICTION", "FORCED_SEX", "HARMLESS", "IDIOMS",
    "INFORMATIONAL", "KINDS", "MEANS_ASKED", "MEANS_AT_HAND", "MINOR_OTHER", "MINOR_SELF", "PAST_HARM",
    "PROFESSIONAL_ROLES", "RISK", "RISK_OTHER_LANGUAGES", "SAFETY_OVERRULES", "SAFETY_STATEMENTS",
    "SAID_OUTRIGHT", "SERVICE_NAMES", "SMS_WORDS", "SUICIDE_NOW", "TOPIC", "TOPIC_OTHER_LANGUAGES",
    "TRAFFICKING_UNLESS_PARTNER", "TYPO_TOLERANT", "UNREACHABLE", "UNSQUEEZED", "WELL_NOW", "WHOLE_MESSAGE", "WORDS",
]
