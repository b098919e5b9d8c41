"""The engine behind `detect`: text clean-up, spaCy matchers, guards, and the child rule.

Rules instead of a model because every decision must be explainable and
fixable by editing a list (bot/risk/patterns/), and because the rules must
keep working when the classifier is wrong. The pipeline is a blank spaCy one:
nothing is downloaded. Building it takes several seconds (the component does it at
load time); matching a message takes well under a millisecond.
"""
from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.geo import place_names
from bot.risk import patterns as P

logger = logging.getLogger(__name__)

KINDS = P.KINDS
_SAID_OUTRIGHT = frozenset(P.SAID_OUTRIGHT)

# Roles a pattern plays (see the patterns module for what each one means).
RISK, TOPIC, SHARED = "risk", "topic", "shared"
MINOR_SELF, MINOR_OTHER, CHILD_HARM, ADULT_CHILD = "minor_self", "minor_other", "child_harm", "adult_child"
IDIOM, HARMLESS, SERVICE, INFO, ROLE = "idiom", "harmless", "service", "informational", "professional_role"
PAST, WELL, FICTION, SAFE = "past_harm", "well_now", "fiction", "safe"
MEANS_ASKED, MEANS_AT_HAND = "means_asked", "means_at_hand"
UNREACHABLE = "unreachable"
SPAN_GUARDS = frozenset({IDIOM, HARMLESS, SERVICE, SAFE})
GUARDS = SPAN_GUARDS | {INFO, ROLE, PAST, WELL, FICTION}
# Kinds a harm told as long over (PAST_HARM, WELL_NOW) no longer shows; danger now always counts, and
# suicide only with the narrower test of Engine._told_as_over.
RESOLVABLE_KINDS = frozenset({"child", "trafficking", "sa", "dv"})
SENTENCE_GUARDED = frozenset({TOPIC, CHILD_HARM})

# A child and a harm this many words apart or closer belong together.
CHILD_WINDOW = 12
# What may follow an age said alone: "15.", "15 years old", "15f" (after clean-up), "14 btw"; not "15 years".
AGE_TAILS = frozenset({(), ("years", "old"), ("year", "old"), ("btw",)})
# "I am 14" makes any risk this close a child's risk: a minor at risk is the child kind, whatever the risk.
MINOR_SELF_WINDOW = 60
KINDS_THAT_MAKE_A_MINOR_A_CHILD_AT_RISK = frozenset(KINDS) - {"child"}
# Danger now, a trafficking or a sexual-assault sign this close to any named child is that child's risk too
# ("he has a knife and the kids are in the next room").
KINDS_THAT_ARE_CHILD_HARM_NEAR_A_CHILD = frozenset({"emergency", "trafficking", "sa"})
# Said beside a town, as in "help me new haven ct": left out when comparing a message whole.
PLACE_SUFFIXES = ("ct", "connecticut")
PLACES_AROUND_A_CRY = 2
# Messages this short are also compared whole with WHOLE_MESSAGE, and one that names a subject is a cry,
# not a mention ("s u i c i d e hotline number? for me").
WHOLE_MESSAGE_TOKENS = 12
# "..." and "......" in a pattern: this many words at most.
GAPS = {"...": 3, "......": 6}
# Words also written as two, whose first half a choice cannot hold (see _check_choices_are_single_words).
TWO_WORD_SPELLINGS = frozenset({("no", "one")})
# Articles and possessives (English, Spanish, Portuguese): "la visa/el viaje" was meant as a choice of two
# phrases, one article after another (see _check_choices_are_single_words).
DETERMINERS = frozenset(
    "a an the my his her our their your el la los las un una mi mis su sus tu tus nuestro nuestra nuestros "
    "nuestras o os as um uma meu minha meus minhas".split()
)
# Object pronouns and the articles and possessives no pronoun may stand beside in one choice:
# "closed it/us/the door" reads "closed it door".
OBJECT_PRONOUNS = frozenset({"me", "us", "him", "them", "it"})
ARTICLES_AND_POSSESSIVES = frozenset({"a", "an", "the", "my", "our", "your", "their"})
# Words a phrase starts with: the same one in two choices side by side ("ends/i go/i do") is a
# phrase split into its words.
PHRASE_STARTS = frozenset("a an the el la los las un una i he she we they you yo".split())
# Subject pronouns, and the auxiliaries and possessives no subject pronoun may stand beside in one choice
# before an auxiliary: "i am/we are" reads "i am are", "its/it is" reads "its is".
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it"})
AUXILIARIES = frozenset("am is are was were will would has have had do does did can could".split())
POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "its", "their"})
# Endings that make "kills/will kill" a verb and its other tense, read as "kills kill".
VERB_ENDINGS = ("s", "es", "d", "ed")
# Letters two words must share to count as one verb in two forms ("buscan", "buscando").
STEM_CHARS = 4
# Words in nearly every message: a poor choice of index word for a pattern.
COMMON_WORDS = frozenset(
    "i me my we us our you your he him his she her they them their it is am are was were be been "
    "to a an the and or of in on at for with not do does did will would can could have has had "
    "that this what who so but if just all".split()
)
# Tokens a pattern never reaches across.
SENTENCE_BREAKS = (".", "!", "?", ";", "...", "…", "¿", "¡")
# Text longer than this is read in overlapping pieces, so a risk in the middle
# of a huge message is found at an even cost per character.
CHUNK_CHARS = 50_000
CHUNK_OVERLAP = 1_000


# ---------------------------------------------------------------- clean-up


def _control_table() -> dict[int, str | None]:
    """Control characters become spaces; invisible format characters vanish.

    Zero-width and soft-hyphen characters are deleted rather than spaced, so
    "pass\u00adport" cannot slip a key word past the patterns.
    """
    table: dict[int, str | None] = {code: " " for code in [*range(0, 32), *range(127, 160)]}
    invisible = [0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF]
    invisible += [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
    table.update({code: None for code in invisible})
    table.update({ord("\n"): "\n", ord("\r"): "\n", 0x2028: "\n", 0x2029: "\n"})
    for quote in "’‘`´ʼ′":
        table[ord(quote)] = "'"
    table.update({ord(emoji): f" {word} " for emoji, word in P.EMOJI_WORDS.items()})
    return table


_CONTROL = _control_table()

# Contractions with an apostrophe; those without one are in SMS_WORDS.
_APOSTROPHES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bwon'?t\b", "will not"),
        (r"\bcan'?t\b", "can not"),
        (r"\bain'?t\b", "is not"),
        (r"n't\b", " not"),
        (r"'m\b", " am"),
        (r"'re\b", " are"),
        (r"'ve\b", " have"),
        (r"'ll\b", " will"),
        # Before "'d" is read as "would": "roommate OD'd" is an overdose.
        (r"\bod(?:'e?d|ed)\b", "overdosed"),
        (r"'d\b", " would"),
        (r"\b(he|she|it|that|what|there|who|where|here|how)'s\b", r"\1 is"),
        (r"\blet's\b", "let us"),
        (r"'s\b", ""),
        (r"'", ""),
    )
)

_VERB_AFTER_WILL = (
    r"kill|hurt|find|beat|come|take|sell|do|get|be|never|not|know|see|hit|shoot|stab|murder|"
    r"call|report|send|make|ruin|end|jump|cut|die|leave|go|try"
)
# "2" and "4" are text-speak for "to" and "for", but not after words that give an age: "the twins are like 4".
_NOT_AN_AGE = "".join(rf"(?<!\b{word} )" for word in ("are", "like", "about", "around", "age", "aged", "turned", "turning"))
# Words after "10 yrs" that make it a length of time, not an age.
_DURATION_AFTER = "ago|clean|sober|free|out|later|since|after|of|at|on|in|into|now|married|experience|without|safe|together|plan|plans"
# Rewrites that need the next word: "hell kill me" is "he'll kill me", "2" is "to"
# except in "2 years" or "2 kids".
_CONTEXT_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (rf"\b(s?he)ll\b(?=\s+(?:{_VERB_AFTER_WILL})\b)", r"\1 will"),
        (rf"\bill\b(?=\s+(?:{_VERB_AFTER_WILL})\b)", "i will"),
        # "10 yrs" is a length of time ("10 yrs ago", "2 yrs under him": 391 of the 391 in the tune split
        # with no "old"), except after words that give an age: "im 15 yrs", not "im 6 yrs clean".
        (rf"\b(i am|im|she is|shes|he is|hes|turned|turning|aged?)\s+(\d{{1,2}})\s*yrs?\b(?!\s*(?:{_DURATION_AFTER})\b)", r"\1 \2 years old"),
        (r"\b(\d{1,2})\s*(?:yo|y/o|y\.o\.?|yrs? old|years? old)\b", r"\1 years old"),
        (r"\b(\d{1,2})(yrs?)\b", r"\1 \2"),
        # "15f", "16 m": how teens give age and sex, on their own or beside "i am".
        (r"\b(1[0-7]|[89])\s?[fm]\b", r"\1 years old"),
        (r"\bmy self\b", "myself"),
        # A sentence that is only "for me" tags the one before it: "pricing out headstones on etsy. for me",
        # "i need help writing an obituary. it's for me" are one sentence to the patterns.
        (r"\s*[.?!]+\s+((?:(?:it|this) is |asking |i am asking )?for me)(?=\s*(?:[.?!]|lol\b|lmao\b|haha\b|jk\b|$))", r" \1"),
        # "b" is "be" only after a word that wants a verb: "wanna b here", not "plan b" or "vitamin b".
        (r"\b(to|wanna|gonna|will|would|could|should|cant|wont|never|not|just) b\b", r"\1 be"),
        (r"\bw/o\b", " without "),
        (r"\bw/", " with "),
        (r"\bb/c\b", " because "),
        (r"&", " and "),
        (r"(?<=[a-z])@(?=[a-z])", "a"),  # "r@ped"
        (r"\bbaby (?:daddy|dad|father)\b", "babydaddy"),
        (r"\bbaby (?:mama|momma|mother|mom)\b", "babymama"),
        (r"(?<=[a-z0-9])[-_](?=[a-z0-9])", " "),
        (rf"(?<![\d.,$])\b{_NOT_AN_AGE}2\b(?!\s*(?:years?|yrs?|months?|days?|weeks?|hours?|kids?|children|am|pm|[\d.,:%$]))", "to"),
        (rf"(?<![\d.,$])\b{_NOT_AN_AGE}4\b(?!\s*(?:years?|yrs?|months?|days?|weeks?|hours?|kids?|children|am|pm|[\d.,:%$]))", "for"),
        # A pause before a preposition is a joke's reveal inside one sentence, not the end of one:
        # "I want to die... of embarrassment", "he hit me... with the worst pickup line".
        (r"(?:\.{3,}|…)(?=\s*(?:of|with|without|to|at|by|for|from|in|into|on|de|con|en|por)\b)", " "),
        (r"\n+", " . "),
        # Scare quotes ('makes her "date" his friends') must not split the words they sit between.
        (r'["\u201c\u201d\u201e\u00ab\u00bb]', ""),
    )
)

# A word spelled out to slip past filters: "s u i c i d e", "g.u.n" (three letters or more).
_SPELLED_OUT = re.compile(r"(?<![a-z0-9])[a-z](?:[ .][a-z]){2,}(?![a-z0-9])")
_SPELLED_OUT_ANY_CASE = re.compile(_SPELLED_OUT.pattern, re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")
_SPACES = re.compile(r"[ \t]{2,}")
_LONG_RUN = re.compile(r"([a-z])\1{2,}")
_ANY_RUN = re.compile(r"([a-z])\1+")
_SMS = {_LONG_RUN.sub(r"\1", key): value for key, value in P.SMS_WORDS.items()}


# Letters written as digits or signs to slip past filters ("k1ll", "su1c1d3", "tr@ff1ck3d").
# "1" is an "i" more often than an "l"; both readings are tried.
_LEET_AS_I = str.maketrans("0134578@$", "oieastbas")
_LEET_AS_L = str.maketrans("0134578@$", "oleastbas")
_LEET_TOKEN = re.compile(r"(?<![\w@$])(?=[\w@$]*[^\W\d_])(?=[\w@$]*[0134578@$])[\w@$]+", re.IGNORECASE)
# A number and a unit is a quantity, not a disguise: "14yo", "5am", "3rd" (but "1m 14" is "im 14").
_QUANTITY = re.compile(r"\d{2,}[^\W\d_]+|\d+(?:st|nd|rd|th|am|pm|yo|yrs?|hrs?|h|k|x|s|mg|ml|lbs?|ft|kg|g|mins?|ish)")


# Letters that are not a base letter plus an accent, so NFKD leaves them whole (Polish, Vietnamese, Nordic).
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i"})


def strip_accents(text: str) -> str:
    """'violación' and 'violacion', 'zgwałcił' and 'zgwalcil' must match the same pattern."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# "sooooon" is "soon" drawn out, not "son".
_UNSQUEEZED_BY_FORM = {_ANY_RUN.sub(r"\1", word): word for word in P.UNSQUEEZED}


def squeeze(word: str) -> str:
    """'hellppp', 'helllp' and 'help' share one form; patterns are squeezed the same way."""
    if word in P.UNSQUEEZED:
        return word
    squeezed = _ANY_RUN.sub(r"\1", word)
    return _UNSQUEEZED_BY_FORM.get(squeezed, squeezed) if squeezed != word else word


# The everyday words as pattern words are written (squeezed): a slot of them is a poor index anchor.
_COMMON = frozenset(squeeze(w) for w in COMMON_WORDS)


def _expand_word(match: re.Match[str]) -> str:
    word = match.group(0)
    return _SMS.get(_LONG_RUN.sub(r"\1", word), word)


def _join_spelled_out(match: re.Match[str]) -> str:
    """Joins "g u n" into "gun"; a leading "a" or "i" stays a word ("a g u n", "a u.s. citizen")."""
    letters = re.sub(r"[ .]", "", match.group())
    if letters[0] in "ai" and match.group()[1] == " " and len(letters) >= 3:
        return f"{letters[0]} {letters[1:]}"
    return letters


def normalise_text(text: str) -> str:
    """Lower case, no accents, no control characters, contractions and text-speak written out."""
    text = strip_accents(text.translate(_CONTROL)).casefold()
    for pattern, replacement in _APOSTROPHES:
        text = pattern.sub(replacement, text)
    text = _SPELLED_OUT.sub(_join_spelled_out, text)
    for pattern, replacement in _CONTEXT_REWRITES:
        text = pattern.sub(replacement, text)
    # One space between words: the tokenizer makes a word of every extra space, and
    # "better  without  me" (from "w/o") would no longer be "better without me".
    return _SPACES.sub(" ", _WORD.sub(_expand_word, text)).strip(" ")


# ---------------------------------------------------------------- pattern language


class PatternError(ValueError):
    """A pattern line that cannot be read: a mistake in the code, found the same way on every start."""


@dataclass(frozen=True)
class Rule:
    """One line of the patterns module, and what a match of it means."""

    role: str
    kind: str
    line: str
    # A second kind the match shows: sexual assault for forced sex, or the kind of a child's harm.
    also: str = ""

    @property
    def label(self) -> str:
        return f"{self.role}|{self.kind}|{self.also}|{self.line}"


def _group_words(name: str, line: str) -> list[str]:
    if name not in P.WORDS:
        raise PatternError(f"risk pattern {line!r}: there is no word group {{{name}}}")
    return P.WORDS[name].split()


def _single_word(word: str, line: str) -> str:
    """Pattern words are cleaned like messages; a word that would become two is an error.

    Numbers stay numbers: a lone "4" in a message is text-speak for "for", but
    in a pattern it is an age ("4 years old"), and read as "for" it matched
    "in therapy for years"."""
    if word.isdigit():
        return word
    cleaned = normalise_text(word).split()
    if len(cleaned) != 1:
        raise PatternError(
            f"risk pattern {line!r}: {word!r} reads as {' '.join(cleaned)!r}; write those words out"
        )
    return squeeze(cleaned[0])


def is_plain(line: str) -> bool:
    """A plain phrase has none of the pattern operators and goes to the PhraseMatcher."""
    return not any(op in line for op in ("/", "{", "}", "?", "..."))


def _slot_words(slot: str, line: str) -> list[str]:
    """A choice's words. A word written twice in one choice is refused: harmless, but usually a slip
    for another word ("fica/ficou/fica"). Spellings that clean to one word ("tonight/tonite") may stay."""
    parts = slot.split("/")
    repeated = sorted({part for part in parts if parts.count(part) > 1})
    if repeated:
        raise PatternError(f"risk pattern {line!r}: {slot!r} holds {', '.join(repeated)} twice")
    words: list[str] = []
    for part in parts:
        if part.startswith("{") and part.endswith("}"):
            words.extend(_single_word(w, line) for w in _group_words(part[1:-1], line))
        elif part:
            words.append(_single_word(part, line))
        else:
            raise PatternError(f"risk pattern {line!r}: empty choice in {slot!r}")
    return sorted(set(words))


def _check_choices_are_single_words(line: str) -> None:
    """"will not/does not return" reads as will (not|does) not: a choice is one word. These slips
    show a choice meant as several words:
    * a required slot after it starts with one of its own words ("not", or "is/they" in
      "he is/she is/they are");
    * a required slot after it is one of its verbs in another tense ("kills/will kill me" reads
      "kills kill me");
    * it mixes articles with other words after an article ("la visa/el viaje" reads "la el viaje");
    * it mixes object pronouns with articles before a required word ("it/the door");
    * it mixes subject pronouns with auxiliaries or possessives before a required auxiliary
      ("i am/we are" reads "i am are", "its/it is" reads "its is");
    * it shares a phrase's first word with the choice after it ("it ends/i go/i do it" reads
      "ends go do");
    * it holds the word just before it ("can barely/can not" reads "can can not");
    * it holds the first word of a two-word spelling ("nobody/no one would" never reads
      "nobody would");
    * one of its words shares a stem with the required word after it ("me buscan/estan
      buscando" reads "me buscan buscando")."""
    slots = line.split()
    for before, slot, following in zip(["", *slots], slots, [*slots[1:], ""]):
        choices = slot.rstrip("?").split("/")
        if len(choices) < 2:
            continue
        first_following = following.rstrip("?").split("/")[0]
        required_next = bool(following) and following not in GAPS and not following.endswith("?")
        ends_a_choice = required_next and first_following in choices
        another_tense = required_next and len(first_following) > 2 and any(
            first_following + ending in choices for ending in VERB_ENDINGS
        )
        articles_then_phrases = (
            not before.endswith("?")
            and all(word in DETERMINERS for word in before.split("/"))
            and any(choice in DETERMINERS for choice in choices)
            and any(choice not in DETERMINERS and not choice.startswith("{") for choice in choices)
        )
        pronoun_or_noun = (
            required_next
            and not OBJECT_PRONOUNS.isdisjoint(choices)
            and not ARTICLES_AND_POSSESSIVES.isdisjoint(choices)
        )
        subject_or_verb = (
            required_next
            and not AUXILIARIES.isdisjoint(following.split("/"))
            and not SUBJECT_PRONOUNS.isdisjoint(choices)
            and not (AUXILIARIES | POSSESSIVES).isdisjoint(choices)
        )
        split_phrase = "/" in following and not PHRASE_STARTS.isdisjoint(
            set(choices) & set(following.rstrip("?").split("/"))
        )
        repeats_before = "/" not in before and not before.endswith("?") and before in choices
        splits_a_word = any((choice, first_following) in TWO_WORD_SPELLINGS for choice in choices)
        same_stem = required_next and "/" not in following and any(
            len(choice) >= STEM_CHARS and choice[:STEM_CHARS] == following[:STEM_CHARS] != following
            for choice in choices
        )
        slips = (
            ends_a_choice, another_tense, articles_then_phrases, pronoun_or_noun, subject_or_verb, split_phrase,
            repeats_before, splits_a_word, same_stem,
        )
        if any(slips):
            raise PatternError(
                f"risk pattern {line!r}: {slot!r} (after {before!r}, before {following!r}) reads as one "
                f"word from {choices}; a choice is a single word, so split the line"
            )


def compile_line(line: str) -> list[dict[str, Any]]:
    """A pattern line as spaCy Matcher token specs (see the patterns module for the syntax)."""
    _check_choices_are_single_words(line)
    specs: list[dict[str, Any]] = []
    for slot in line.split():
        if slot in GAPS:
            specs.append({"NORM": {"NOT_IN": list(SENTENCE_BREAKS)}, "OP": f"{{0,{GAPS[slot]}}}"})
            continue
        optional = slot.endswith("?") and len(slot) > 1
        words = _slot_words(slot[:-1] if optional else slot, line)
        spec: dict[str, Any] = {"NORM": words[0]} if len(words) == 1 else {"NORM": {"IN": words}}
        if optional:
            spec["OP"] = "?"
        specs.append(spec)
    if not specs or all(spec.get("OP") for spec in specs):
        raise PatternError(f"risk pattern {line!r} can match nothing at all")
    return specs


def required_words(specs: Sequence[dict[str, Any]]) -> tuple[frozenset[str], ...]:
    """For each slot that must match, the words it accepts: a cheap test before running the Matcher."""
    required = []
    for spec in specs:
        norm = spec.get("NORM")
        if spec.get("OP"):
            continue
        if isinstance(norm, str):
            required.append(frozenset([norm]))
        elif isinstance(norm, dict) and "IN" in norm:
            required.append(frozenset(norm["IN"]))
    return tuple(required)


def phrase_variants(line: str, limit: int = 500) -> list[str]:
    """Every wording of a line without groups or gaps: the fallback's plain phrases."""
    if "{" in line or "..." in line:
        return []
    variants = [""]
    for slot in line.split():
        optional = slot.endswith("?") and len(slot) > 1
        choices = (slot[:-1] if optional else slot).split("/") + ([""] if optional else [])
        variants = [f"{v} {c}".strip() for v in variants for c in choices]
        if len(variants) > limit:
            return []
    return [v for v in variants if v]


def all_rules() -> list[Rule]:
    """Every line of the patterns module with its role."""
    rules: list[Rule] = []
    for table in (P.RISK, P.RISK_OTHER_LANGUAGES):
        for kind, lines in table.items():
            rules += [Rule(RISK, kind, line) for line in lines]
    for table in (P.TOPIC, P.TOPIC_OTHER_LANGUAGES):
        for kind, lines in table.items():
            rules += [Rule(TOPIC, kind, line) for line in lines]
    rules += [Rule(RISK, "trafficking", line, also="sa") for line in P.FORCED_SEX]
    rules += [Rule(RISK, "trafficking", line) for line in P.NAMED_CONTROLLER]
    rules += [Rule(RISK, "emergency", line, also="suicide") for line in P.SUICIDE_NOW]
    rules += [Rule(RISK, "suicide", line) for line in P.SAID_OUTRIGHT]
    rules += [Rule(MEANS_ASKED, "suicide", line) for line in P.MEANS_ASKED]
    rules += [Rule(MEANS_AT_HAND, "suicide", line) for line in P.MEANS_AT_HAND]
    rules += [Rule(UNREACHABLE, "emergency", line) for line in P.UNREACHABLE]
    rules += [Rule(SHARED, "trafficking", line) for line in P.TRAFFICKING_UNLESS_PARTNER]
    rules += [Rule(SHARED, "dv", line) for line in P.DV_UNLESS_WORK]
    rules += [Rule(MINOR_SELF, "child", line) for line in P.MINOR_SELF]
    rules += [Rule(MINOR_OTHER, "child", line) for line in P.MINOR_OTHER]
    rules += [Rule(ADULT_CHILD, "dv", line) for line in P.ADULT_CHILD]
    for also, lines in P.CHILD_HARM.items():
        rules += [Rule(CHILD_HARM, "child", line, also) for line in lines]
    rules += [Rule(IDIOM, "", line) for line in P.IDIOMS]
    rules += [Rule(HARMLESS, "", line) for line in P.HARMLESS]
    rules += [Rule(SAFE, "", line) for line in P.SAFETY_STATEMENTS]
    rules += [Rule(SERVICE, "", line) for line in P.SERVICE_NAMES]
    rules += [Rule(INFO, "", line) for line in P.INFORMATIONAL]
    rules += [Rule(ROLE, "", line) for line in P.PROFESSIONAL_ROLES]
    rules += [Rule(PAST, "", line) for line in P.PAST_HARM]
    rules += [Rule(WELL, "", line) for line in P.WELL_NOW]
    rules += [Rule(FICTION, "", line) for line in P.FICTION]
    return rules


def _vocabulary(rules: Iterable[Rule]) -> frozenset[str]:
    """Every word a pattern can match: the targets of the 'killin' -> 'killing' repair."""
    vocab: set[str] = set()
    for rule in rules:
        if is_plain(rule.line):
            vocab.update(squeeze(w) for w in normalise_text(rule.line).split())
        else:
            for spec in compile_line(rule.line):
                norm = spec.get("NORM")
                if isinstance(norm, str):
                    vocab.add(norm)
                elif isinstance(norm, dict) and "IN" in norm:
                    vocab.update(norm["IN"])
    return frozenset(vocab)


# ---------------------------------------------------------------- findings


@dataclass(frozen=True)
class Evidence:
    """A pattern that matched, where, and what it means."""

    role: str
    kind: str
    rule: str
    text: str
    start: int
    end: int
    sentence: int
    also: str = ""


@dataclass(frozen=True)
class Finding:
    """Everything `scan` saw, so the Rasa component and maintainers can see why."""

    kinds: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    cancelled: tuple[Evidence, ...] = ()
    guards: tuple[Evidence, ...] = ()
    # A safety statement ("nobody is hurting me") with no "but" or "exactly" after it.
    says_safe: bool = False
    # Every kind rests on a bare mention ("on jury duty for a trafficking case"): no harm told, no child.
    mentions_only: bool = False

    @property
    def idiom_matched(self) -> bool:
        return any(g.role == IDIOM for g in self.guards)

    @property
    def said_outright(self) -> bool:
        """Suicide in the writer's own words (patterns SAID_OUTRIGHT): no learnt layer's doubt withdraws it."""
        return any(e.role == RISK and e.rule in _SAID_OUTRIGHT for e in self.evidence)

    @property
    def told_twice(self) -> bool:
        """A harm found by two different lines in two different sentences: not one phrase that a joke borrowed."""
        harms = [e for e in self.evidence if e.role == RISK]
        return len({e.rule for e in harms}) >= 2 and len({e.sentence for e in harms}) >= 2


def order_kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    found = set(kinds)
    return tuple(kind for kind in KINDS if kind in found)


def _overlaps(a: Evidence, b: Evidence) -> bool:
    return a.start < b.end and b.start < a.end


def _mostly_covered(hit: Evidence, guard: Evidence) -> bool:
    """A guard cancels a match when it covers more than half of the match's words.

    So "hit by a car" cancels "was hit" but the guard "if i call the police"
    does not cancel "my partner says if i".
    """
    inside = min(hit.end, guard.end) - max(hit.start, guard.start)
    return inside * 2 > hit.end - hit.start


def _distance(a: Evidence, b: Evidence) -> int:
    if _overlaps(a, b):
        return 0
    return b.start - a.end if a.end <= b.start else a.start - b.end


# ---------------------------------------------------------------- engine


class TokenPattern(NamedTuple):
    """One token pattern's Matcher, with what it takes to skip it or to run it on part of a message."""

    required: tuple[frozenset[str], ...]  # the slots left to check once the index has found the pattern
    anchor: frozenset[str]  # every match holds one of these words
    longest: int  # tokens in the longest match
    matcher: Any

    def find(self, doc: Any, places: Mapping[str, Sequence[int]]) -> list[tuple[int, int, int]]:
        """Matches in the doc, looked for only in stretches around the anchor words. Every match
        holds an anchor word and is at most `longest` tokens, so it lies in one stretch; in a
        2,000-character message this runs each Matcher over a few dozen tokens, not all of them."""
        anchors = sorted(position for word in self.anchor for position in places.get(word, ()))
        found: list[tuple[int, int, int]] = []
        for start, end in _merged(
            (max(0, at - self.longest + 1), min(len(doc), at + self.longest)) for at in anchors
        ):
            found.extend((key, start + first, start + last) for key, first, last in self.matcher(doc[start:end]))
        return found


def longest_match(specs: Sequence[dict[str, Any]]) -> int:
    """How many tokens the longest match of these specs spans (every operator is bounded)."""
    longest = 0
    for spec in specs:
        op = spec.get("OP", "1")
        longest += int(op[1:-1].split(",")[1]) if op.startswith("{") else 1
    return longest


def _merged(stretches: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted (start, end) stretches with overlapping ones joined, so no match is found twice."""
    merged: list[tuple[int, int]] = []
    for start, end in stretches:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class Engine:
    """The blank pipeline, both matchers and the rule table, built once per process."""

    def __init__(self) -> None:
        import spacy
        from spacy.attrs import NORM
        from spacy.matcher import Matcher, PhraseMatcher

        rules = all_rules()
        self.vocabulary = _vocabulary(rules)
        self.typo_targets = sorted({squeeze(w) for w in P.TYPO_TOLERANT})
        self.partner_words = _group_set("PARTNER")
        self.work_words = _group_set("WORKPLACE")
        self.household_words = _group_set("HOUSEHOLD")
        self.still_words = _group_set("STILL")
        self.contrast_words = _group_set("CONTRAST")
        self.turning_words = self.contrast_words | self.still_words | _group_set("CAME_BACK")
        self.first_person = _group_set("FIRST_PERSON")
        self.nlp = spacy.blank("en")
        # English special cases split "id" into "i d" and "im" into "i m";
        # contractions are written out before tokenising instead.
        self.nlp.tokenizer.rules = {}
        # A word's matching form is worked out once, when spaCy first meets the
        # word, and kept on its lexeme: every token of it then carries it as `norm_`.
        self.nlp.vocab.lex_attr_getters[NORM] = self.norm
        for lexeme in self.nlp.vocab:
            lexeme.norm_ = self.norm(lexeme.orth_)
        self._matcher_class = Matcher
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="NORM")
        # One Matcher per token pattern, run only when the message holds a word
        # for every slot the pattern needs: most patterns are skipped outright,
        # which keeps a typical message well under a millisecond.
        self.token_patterns: list[TokenPattern] = []
        self.by_pair: dict[str, dict[str | None, list[int]]] = {}
        self.rules: dict[int, Rule] = {}
        for rule in rules:
            self._add(rule)
        # Matches of these lines stand whatever span guard covers them (patterns: NAMED_CONTROLLER).
        self.unguarded = frozenset(P.NAMED_CONTROLLER)
        # A cry listed for both kinds ("took them", "on the bridge now") is both.
        self.whole_messages: dict[str, tuple[str, ...]] = {}
        for kind, phrases in P.WHOLE_MESSAGE.items():
            for phrase in phrases:
                key = whole_message_key(self.doc(normalise_text(phrase)))
                self.whole_messages[key] = (*self.whole_messages.get(key, ()), kind)
        places = {whole_message_key(self.doc(normalise_text(name))) for name in [*place_names(), *PLACE_SUFFIXES]}
        self.place_keys = frozenset(places - {""})
        self.longest_place = max((len(place.split()) for place in self.place_keys), default=0)

    def _add(self, rule: Rule) -> None:
        key = self.nlp.vocab.strings.add(rule.label)
        self.rules[key] = rule
        if is_plain(rule.line):
            self.phrases.add(rule.label, [self.doc(normalise_text(rule.line))])
            return
        specs = compile_line(rule.line)
        matcher = self._matcher_class(self.nlp.vocab)
        matcher.add(rule.label, [specs])
        # Indexed under a word of each of its two most selective slots: those with
        # the fewest everyday words ("he", "me", "my" are in almost every message).
        # A message found through that pair holds a word of both, so only the
        # remaining slots are checked. One slot alone would leave about 140
        # candidates a message to check; a pair leaves about 15.
        anchor, *others = sorted(required_words(specs), key=lambda words: (len(words & _COMMON), len(words)))
        second: Iterable[str | None] = others.pop(0) if others else (None,)
        for word in anchor:
            seconds = self.by_pair.setdefault(word, {})
            for other in second:
                seconds.setdefault(other, []).append(len(self.token_patterns))
        self.token_patterns.append(TokenPattern(tuple(others), anchor, longest_match(specs), matcher))

    def matches(self, doc: Any) -> list[tuple[int, int, int]]:
        """(rule key, start, end) for every pattern found in the doc."""
        places: dict[str, list[int]] = {}
        for position, token in enumerate(doc):
            places.setdefault(token.norm_, []).append(position)
        present = places.keys()
        found = list(self.phrases(doc))
        candidates: set[int] = set()
        for word in self.by_pair.keys() & present:
            seconds = self.by_pair[word]
            candidates.update(seconds.get(None, ()))
            for other in seconds.keys() & present:
                candidates.update(seconds[other])
        for index in sorted(candidates):
            pattern = self.token_patterns[index]
            if all(not words.isdisjoint(present) for words in pattern.required):
                found.extend(pattern.find(doc, places))
        return found

    def doc(self, normalised: str) -> Any:
        """Tokens of already-normalised text, each with its matching form in `norm_`."""
        return self.nlp.make_doc(normalised)

    def norm(self, word: str) -> str:
        """A word's matching form: squeezed ("hellppp" -> "help") and repaired ("pasport" -> "passport")."""
        return self.repair(squeeze(word))

    def repair(self, word: str) -> str:
        """'killin' -> 'killing', 'pasport' -> 'passport'; other words stay as they are."""
        if word in self.vocabulary or not word.isalpha() or len(word) < 5:
            return word
        if word.endswith("in") and word + "g" in self.vocabulary:
            return word + "g"
        limit = 1 if len(word) < 10 else 2
        best = process.extractOne(word, self.typo_targets, scorer=OSA.distance, score_cutoff=limit)
        if best is not None and best[0][0] == word[0]:
            return best[0]
        return word

    def split_spelled_out(self, text: str) -> str:
        """'i w a n t t o d i e' -> 'i want to die': a whole sentence spelled out, split into words a pattern can use.

        A word spelled out alone ("s u i c i d e") is left for normalise_text to join.
        The split is over the patterns' own words, not a dictionary of English:
        only those can match, and they include Spanish and text-speak.
        """
        return _SPELLED_OUT_ANY_CASE.sub(self._split_run, text)

    def _split_run(self, match: re.Match[str]) -> str:
        letters = re.sub(r"[ .]", "", match.group()).casefold()
        if squeeze(letters) in self.vocabulary:
            return match.group()
        words = self._fewest_words(letters)
        return " ".join(words) if words else match.group()

    def _fewest_words(self, letters: str) -> list[str] | None:
        """Split into pattern words, fewest first, then fewest doubled letters read as one ('tto' as 'to')."""
        best: list[tuple[int, list[str]] | None] = [(0, [])] + [None] * len(letters)
        for end in range(1, len(letters) + 1):
            for start in range(max(0, end - 20), end):
                if best[start] is None:
                    continue
                word = letters[start:end]
                if len(word) == 1 and word not in "ai":
                    continue
                exact = word in self.vocabulary
                if not exact and squeeze(word) not in self.vocabulary:
                    continue
                cost = best[start][0] + 10 + (0 if exact else 1)
                if best[end] is None or cost < best[end][0]:
                    best[end] = (cost, [*best[start][1], word])
        return best[-1][1] if best[-1] is not None and len(best[-1][1]) > 1 else None

    def spell_out_leet(self, text: str) -> str:
        """'h3lp h3s b34t1ng m3' -> 'help hes beating me', but only into words a pattern can use:
        "mp3", "h1b" and "b4" stay as they are."""
        return _LEET_TOKEN.sub(self._leet_reading, text)

    def _leet_reading(self, match: re.Match[str]) -> str:
        token = match.group(0)
        if _QUANTITY.fullmatch(token):
            return token
        lowered = token.casefold()
        # Text-speak written out later ("b4", "l8r"), and Arabic in Latin letters, whose digits are letters ("3ala").
        if lowered in _SMS or squeeze(lowered) in self.vocabulary:
            return token
        for reading in dict.fromkeys((lowered.translate(_LEET_AS_I), lowered.translate(_LEET_AS_L))):
            if reading.isalpha() and (reading in _SMS or self.repair(squeeze(reading)) in self.vocabulary):
                return reading
        return token

    def scan(self, text: str) -> Finding:
        """Find risks in raw text; huge text is read in overlapping pieces and the findings joined."""
        normalised = normalise_text(self.split_spelled_out(self.spell_out_leet(text)))
        pieces = list(_chunks(normalised))
        if len(pieces) == 1:
            return self._scan_normalised(pieces[0])
        findings = [self._scan_normalised(piece) for piece in pieces]
        return Finding(
            kinds=order_kinds(k for f in findings for k in f.kinds),
            evidence=tuple(e for f in findings for e in f.evidence),
            cancelled=tuple(e for f in findings for e in f.cancelled),
            guards=tuple(e for f in findings for e in f.guards),
            says_safe=any(f.says_safe for f in findings),
            mentions_only=any(f.kinds for f in findings) and all(f.mentions_only for f in findings if f.kinds),
        )

    def _scan_normalised(self, normalised: str) -> Finding:
        doc = self.doc(normalised)
        sentence_of = _sentence_ids(doc)
        hits = self._hits(doc, sentence_of) + _age_alone(doc, sentence_of)
        guards = tuple(h for h in hits if h.role in GUARDS)
        span_guards = [g for g in guards if g.role in SPAN_GUARDS]
        informational = {g.sentence for g in guards if g.role in (INFO, FICTION)}
        asks_for_others = any(g.role == ROLE for g in guards)
        long_over = self._long_over(guards, doc, sentence_of)
        stories = self._stories(guards, doc, sentence_of)
        kept, cancelled = [], []
        for hit in hits:
            if hit.role in GUARDS:
                continue
            if (
                (hit.rule not in self.unguarded and any(_mostly_covered(hit, g) for g in span_guards))
                or (hit.role in SENTENCE_GUARDED and hit.sentence in informational)
                or (hit.role == TOPIC and asks_for_others)
                or (hit.sentence in long_over and self._told_as_over(hit, guards, doc))
                or hit.sentence in stories
            ):
                cancelled.append(hit)
            else:
                kept.append(hit)
        kept = _paired_means(_grown_children(kept))
        with_partner = _sentences_with(doc, sentence_of, self.partner_words)
        kept = self._resolve_shared(kept, doc, sentence_of, with_partner)
        kinds = {h.kind for h in kept if h.role in (RISK, TOPIC, SHARED)}
        kinds |= _child_kinds(kept) | _grown_child_kinds(kept)
        kinds |= {h.also for h in kept if h.role == RISK and h.also}
        if with_partner and any(h.kind == "emergency" and h.role == RISK for h in kept):
            kinds.add("dv")  # danger where a partner or ex is named is domestic violence too: both lines apply
        if any(h.kind == "trafficking" and h.role == RISK and h.sentence in with_partner for h in kept):
            kinds.add("dv")  # a partner who sells or works someone ("my bf posts the ads"): both lines apply
        if "suicide" in kinds and any(h.role == UNREACHABLE for h in kept):
            kinds.add("emergency")  # suicide, and now nobody can reach them: a welfare check cannot wait
        if "child" in kinds and self._hurt_at_home(kept, doc, sentence_of):
            kinds.add("dv")  # a child hurt by a parent or another adult at home: family violence, both lines apply
        whole = self._whole_message_kinds(whole_message_key(doc)) if len(doc) <= WHOLE_MESSAGE_TOKENS else ()
        kinds.update(whole)
        mentions_only = (
            bool(kinds) and not whole and "child" not in kinds and len(doc) > WHOLE_MESSAGE_TOKENS and _only_mentions(kept)
        )
        return Finding(
            order_kinds(kinds), tuple(kept), tuple(cancelled), guards, self._says_safe(guards, doc), mentions_only
        )

    def _whole_message_kinds(self, key: str) -> tuple[str, ...]:
        """A cry is still a cry with where the person is around it: "HELP!!! waterbury", "help me new haven ct"."""
        for _ in range(PLACES_AROUND_A_CRY):
            if key in self.whole_messages:
                break
            key = self._without_place(key)
        return self.whole_messages.get(key, ())

    def _without_place(self, key: str) -> str:
        """The key less one place name at its end or start; longest first, so "east hartford" goes whole."""
        words = key.split()
        for size in range(min(self.longest_place, len(words) - 1), 0, -1):
            if " ".join(words[-size:]) in self.place_keys:
                return " ".join(words[:-size])
            if " ".join(words[:size]) in self.place_keys:
                return " ".join(words[size:])
        return key

    def _says_safe(self, guards: Sequence[Evidence], doc: Any) -> bool:
        """A safety statement stands unless a "but" follows it: people minimise before they tell."""
        return any(
            g.role == SAFE and not any(t.norm_ in self.contrast_words for t in doc[g.end:])
            for g in guards
        )

    def _long_over(self, guards: Sequence[Evidence], doc: Any, sentence_of: Sequence[int]) -> set[int]:
        """Sentences telling a harm as past, in a message that says the person is well now, unless it still goes on."""
        if not any(g.role == WELL for g in guards):
            return set()
        ongoing = _sentences_with(doc, sentence_of, self.still_words)
        return {g.sentence for g in guards if g.role == PAST} - ongoing

    def _told_as_over(self, hit: Evidence, guards: Sequence[Evidence], doc: Any) -> bool:
        """Whether a harm in a long-over sentence no longer counts. Suicide needs more: told as past, then
        "well now", then nothing that turns back, for that order is the story of a recovery."""
        if hit.kind in RESOLVABLE_KINDS:
            return hit.role not in (MINOR_SELF, MINOR_OTHER)
        if hit.kind != "suicide":
            return False
        after = [g.end for g in guards if g.role == WELL and g.start >= hit.end]
        return bool(after) and not any(t.norm_ in self.turning_words for t in doc[min(after):])

    def _stories(self, guards: Sequence[Evidence], doc: Any, sentence_of: Sequence[int]) -> set[int]:
        """Sentences that name a story and say nothing of the writer outside the story's own words."""
        told = [g for g in guards if g.role == FICTION]
        in_story = {i for g in told for i in range(g.start, g.end)}
        writer = {sentence_of[t.i] for t in doc if t.norm_ in self.first_person and t.i not in in_story}
        return {g.sentence for g in told} - writer

    def _hurt_at_home(self, kept: Sequence[Evidence], doc: Any, sentence_of: Sequence[int]) -> bool:
        """A plain harm to a child in a sentence that names an adult the child lives with."""
        at_home = _sentences_with(doc, sentence_of, self.household_words)
        return any(h.role == CHILD_HARM and not h.also and h.sentence in at_home for h in kept)

    def _hits(self, doc: Any, sentence_of: Sequence[int]) -> list[Evidence]:
        found: dict[tuple[int, int, int], Evidence] = {}
        for key, start, end in self.matches(doc):
            rule = self.rules[key]
            found[(key, start, end)] = Evidence(
                role=rule.role,
                kind=rule.kind,
                rule=rule.line,
                text=doc[start:end].text,
                start=start,
                end=end,
                sentence=sentence_of[start],
                also=rule.also,
            )
        return sorted(found.values(), key=lambda e: (e.start, e.end, e.rule))

    def _resolve_shared(
        self, hits: list[Evidence], doc: Any, sentence_of: Sequence[int], with_partner: set[int]
    ) -> list[Evidence]:
        """Shared signs take their kind from the sentence: a partner means DV, a boss or workplace trafficking.

        When two shared signs cover the same words, the longer (more specific) one decides.
        """
        at_work = _sentences_with(doc, sentence_of, self.work_words)
        shared = [h for h in hits if h.role == SHARED]
        resolved = []
        for hit in hits:
            if hit.role == SHARED:
                if any(_overlaps(hit, o) and o.end - o.start > hit.end - hit.start for o in shared):
                    continue
                if hit.sentence in with_partner:
                    hit = replace(hit, kind="dv")
                elif hit.sentence in at_work:
                    hit = replace(hit, kind="trafficking")
            resolved.append(hit)
        return resolved


def whole_message_key(doc: Any) -> str:
    """The message as words and "!" only: "HELP!!!" and "help !" compare equal, "help" does not."""
    words: list[str] = []
    for token in doc:
        if token.text.startswith("!"):
            if words and words[-1] != "!":
                words.append("!")
        elif any(ch.isalnum() for ch in token.norm_):
            words.append(token.norm_)
    return " ".join(words)


def _group_set(name: str) -> frozenset[str]:
    """A word group of the patterns module in matching form, for asking which sentences name one."""
    return frozenset(squeeze(w) for w in P.WORDS[name].split())


_AGES = _group_set("AGE")


def _sentences_with(doc: Any, sentence_of: Sequence[int], words: frozenset[str]) -> set[int]:
    """The sentences holding any of these words: a partner, a workplace, an adult at home, "still"."""
    return {sentence_of[t.i] for t in doc if t.norm_ in words}


def _sentence_ids(doc: Any) -> list[int]:
    """Sentence number of each token; "¿" and "¡" open a sentence, ". ! ? ;" close one."""
    ids, current = [], 0
    for token in doc:
        if token.text in ("¿", "¡") and ids:
            current += 1
        ids.append(current)
        if token.text and all(ch in ".!?;…" for ch in token.text):
            current += 1
    return ids


def _age_alone(doc: Any, sentence_of: Sequence[int]) -> list[Evidence]:
    """Teens sign off with their age: in "he hits me every night idk anymore. 15." the 15 is the writer's.

    Only a sentence that is nothing but an age, first or last in the message, counts; any
    other number may be a count ("we need beds for 3 nights. 15 of us.").
    """
    if not len(doc):
        return []
    found = []
    for sentence in sorted({sentence_of[0], sentence_of[-1]}):
        words = [t for t in doc if sentence_of[t.i] == sentence and any(ch.isalnum() for ch in t.text)]
        if words and words[0].norm_ in _AGES and tuple(t.norm_ for t in words[1:]) in AGE_TAILS:
            text = doc[words[0].i : words[-1].i + 1].text
            found.append(Evidence(MINOR_SELF, "child", "an age alone", text, words[0].i, words[-1].i + 1, sentence))
    return found


def _paired_means(hits: Sequence[Evidence]) -> list[Evidence]:
    """A question about how a means kills and that means at hand are a harm told together (patterns:
    MEANS_ASKED); either alone is dropped."""
    asked = [h for h in hits if h.role == MEANS_ASKED]
    at_hand = [h for h in hits if h.role == MEANS_AT_HAND]
    paired = any(not _overlaps(a, b) for a in asked for b in at_hand)
    return [
        replace(h, role=RISK) if h.role in (MEANS_ASKED, MEANS_AT_HAND) else h
        for h in hits
        if paired or h.role not in (MEANS_ASKED, MEANS_AT_HAND)
    ]


def _only_mentions(kept: Sequence[Evidence]) -> bool:
    """A subject named (TOPIC) and no harm told (RISK, SHARED), as in "is 988 only for suicide? asking"."""
    return any(h.role == TOPIC for h in kept) and not any(h.role in (RISK, SHARED) for h in kept)


def _child_kinds(hits: Sequence[Evidence]) -> set[str]:
    """A child named near a harm or danger now, or a minor speaking about any risk."""
    minors = [h for h in hits if h.role in (MINOR_SELF, MINOR_OTHER)]
    selves = [h for h in minors if h.role == MINOR_SELF]
    harms = [h for h in hits if h.role == CHILD_HARM]
    risks = [h for h in hits if h.role in (RISK, TOPIC, SHARED) and h.kind in KINDS_THAT_MAKE_A_MINOR_A_CHILD_AT_RISK]
    kinds: set[str] = set()
    for harm in harms:
        if any(_distance(harm, m) <= CHILD_WINDOW for m in minors) or any(
            _distance(harm, s) <= MINOR_SELF_WINDOW for s in selves
        ):
            kinds.add("child")
            if harm.also:
                kinds.add(harm.also)
    if any(_distance(s, r) <= MINOR_SELF_WINDOW for s in selves for r in risks):
        kinds.add("child")
    exploited = [r for r in risks if r.kind in KINDS_THAT_ARE_CHILD_HARM_NEAR_A_CHILD]
    if any(_distance(m, r) <= CHILD_WINDOW for m in minors for r in exploited):
        kinds.add("child")
    return kinds


def _grown_children(hits: list[Evidence]) -> list[Evidence]:
    """A son or daughter said to be grown is not a child: their mention no longer names a minor."""
    grown = [h for h in hits if h.role == ADULT_CHILD]
    return [h for h in hits if not (h.role == MINOR_OTHER and any(_overlaps(h, g) for g in grown))]


def _grown_child_kinds(hits: Sequence[Evidence]) -> set[str]:
    """A harm near a grown son or daughter, and near no minor: family violence, or the harm's own kind."""
    grown = [h for h in hits if h.role == ADULT_CHILD]
    minors = [h for h in hits if h.role in (MINOR_SELF, MINOR_OTHER)]
    return {
        harm.also or "dv"
        for harm in hits
        if harm.role == CHILD_HARM
        and any(_distance(harm, g) <= CHILD_WINDOW for g in grown)
        and not any(_distance(harm, m) <= CHILD_WINDOW for m in minors)
    }


def _chunks(text: str) -> Iterable[str]:
    """Overlapping pieces cut at spaces, so no phrase is lost at a cut."""
    if len(text) <= CHUNK_CHARS:
        yield text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            space = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = space if space > 0 else end
        yield text[start:end]
        if end >= len(text):
            return
        restart = text.find(" ", max(start + 1, end - CHUNK_OVERLAP))
        start = restart if 0 < restart < end else end


# ---------------------------------------------------------------- public entry points

_engine: Engine | None = None
_engine_lock = threading.Lock()
_engine_failed_at: float | None = None
# A failed build is not retried for this long: each try takes seconds, and a message
# waiting on a build that fails again would reach its crisis line that much later.
ENGINE_RETRY_SECONDS = 60.0


def engine() -> Engine:
    """Built on first use and kept; after a failed build, raises at once until the retry time is up."""
    global _engine, _engine_failed_at
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                if _engine_failed_at is not None and time.monotonic() - _engine_failed_at < ENGINE_RETRY_SECONDS:
                    raise RuntimeError("risk engine failed to build recently; not retrying yet")
                try:
                    _engine = Engine()
                except Exception:
                    _engine_failed_at = time.monotonic()
                    raise
    return _engine


def as_text(text: object) -> str:
    """Whatever arrives (None, bytes, numbers) is read as text rather than refused."""
    if text is None:
        return ""
    if isinstance(text, (bytes, bytearray)):
        return bytes(text).decode("utf-8", errors="replace")
    return text if isinstance(text, str) else str(text)


def scan(text: object) -> Finding:
    """The full finding; never raises. On an internal error, falls back to plain phrase search."""
    try:
        return engine().scan(as_text(text))
    except Exception:  # noqa: BLE001 - a crash here would silence a cry for help
        logger.exception("risk detector failed; falling back to phrase search")
        return Finding(kinds=crude_kinds(text))


def detect(text: object) -> tuple[str, ...]:
    """The risk kinds in `text`, most urgent first; () when there are none. Never raises."""
    return scan(text).kinds


def crude_kinds(text: object) -> tuple[str, ...]:
    """Last resort when the engine cannot run: every wording of the simpler patterns, as substrings."""
    try:
        haystack = _spaced(as_text(text))
        return order_kinds({kind for kind, phrase in _crude_phrases() if phrase in haystack})
    except Exception:  # noqa: BLE001
        logger.exception("risk phrase search failed too")
        return ()


def _spaced(text: str) -> str:
    """Normalised words between single spaces, padded, so a substring test only matches whole words."""
    return f" {' '.join(squeeze(w) for w in normalise_text(text).split())} "


@lru_cache(maxsize=1)
def _crude_phrases() -> tuple[tuple[str, str], ...]:
    """(kind, phrase) pairs of the fallback, made once: making them takes over a second."""
    return tuple(
        (kind, _spaced(phrase))
        for table in (P.RISK, P.RISK_OTHER_LANGUAGES, P.TOPIC, P.TOPIC_OTHER_LANGUAGES)
        for kind, lines in table.items()
        for line in lines
        for phrase in phrase_variants(line)
    )
