"""Bylines: the person names of the lines that credit an article's authors.

A byline starts with a prefix ("By", "Von", "Par"), ends with its author's agencies or
role ("Jane Doe with Reuters and AFP", "Jane Doe, Staff Writer"), or carries a date
next to the names ("Dan Roe - Apr 16, 2015 8:02 pm UTC"). Agencies and roles are not
authors; handles, parentheses and dates are cut before the names are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from cleantext.cues.meta import (
    AGENCY_NAMES,
    BYLINE_PREFIXES,
    DATELINE_WORDS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ROLE_WORDS,
    VISUAL_CREDITS,
)
from cleantext.meta import dates
from cleantext.text.prose import sentence_end

MAX_BYLINE = 200
MAX_NAMES = 6

_PARTICLES = "|".join(NAME_PARTICLES)
_NAME_WORD = r"(?:\p{Lu}[\p{L}'’-]{0,30}\.?|\p{Lu}\.)"
NAME = regex.compile(rf"{_NAME_WORD}(?:\s{{1,3}}(?:(?:{_PARTICLES})\s{{1,3}})?{_NAME_WORD}){{1,3}}")
PREFIX = regex.compile(
    r"^(?:"
    + "|".join(regex.escape(p) for p in sorted(BYLINE_PREFIXES, key=len, reverse=True))
    + r")(?:\s*:\s*|\s+|(?<=:)|$)",
    regex.I,
)
_ROLE = regex.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:senior|chief|staff|special|foreign|political|science|deputy|managing|executive|associate|contributing|award-winning|freelance|former)\s+){0,3}(?:"
    + "|".join(regex.escape(r) for r in sorted(ROLE_WORDS, key=len, reverse=True))
    + r")s?\b",
    regex.I,
)
_AGENCY = frozenset(AGENCY_NAMES)
_NOT_NAME = frozenset(NOT_NAME_WORDS)
_DATELINE_WORDS = frozenset(DATELINE_WORDS)
_STOP_NAME = _NOT_NAME | _DATELINE_WORDS  # words that end a name: "Jane Doe Last Updated"
_JOIN = regex.compile(
    r"\s*(?:,|;|\s(?:" + "|".join(regex.escape(j) for j in NAME_JOINERS) + r")\s)\s*", regex.I
)
# Pieces of a byline line: "Name — date — section", "Name | date", "Name • date".
_SEGMENT = regex.compile(r"\s+[-–—|•·/]{1,2}\s+|\s*[|•·—]\s*|\s+//\s+|^//\s*")
_HANDLE = regex.compile(r"@\w{1,30}")
# The author's own handle beside the names ("Jane Doe, @janedoe"), not an address's "@".
_OWN_HANDLE = regex.compile(r"(?:^|(?<=[\s,(|•·]))@\w{1,30}(?![\w.@])")
# A line that ends as a sentence does, with a stop (a bracket or quote may close it).
_SENTENCE_END = sentence_end(stop=True)
_PAREN = regex.compile(r"\([^()]{0,120}\)|\[[^\[\]]{0,120}\]")
# "and John Roe (photography)": a credit for the pictures, not for the words.
_VISUAL = regex.compile(
    r"(?:,|\s(?i:"
    + "|".join(regex.escape(j) for j in NAME_JOINERS)
    + r"))?\s*"
    + NAME.pattern
    + r"\s*\(\s*(?i:"
    + "|".join(regex.escape(v) for v in VISUAL_CREDITS)
    + r")\s*\)"
)
# A line saying what its author does, under a name alone ("Games Editor", "Staff Writer").
_ROLE_LINE_WORDS = 3
_JUNK = regex.compile(r"^[\W\d_]*$")
_TIME = regex.compile(
    r"\b\d{1,2}(?:[:.h]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)", regex.I
)
_WORD = regex.compile(r"[\w.]+")
_WORD_START = regex.compile(r"\s(?=\p{L})")
# A date without its year ("March 18") and a relative time ("1 day ago") beside the name.
_MONTH_DAY = regex.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted(map(regex.escape, dates.MONTHS), key=len, reverse=True))
    + r")\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?(?![\d,]*\s*(?:19|20)\d\d)(?!\d)",
    regex.I,
)
_RELATIVE = regex.compile(
    r"\b(?:\d{1,2}|an?|one)\s(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\sago\b"
    r"|(?<=[•·|]\s{0,2})\d{1,2}\s?(?:h|hrs?|min|d)\b",
    regex.I,
)


@dataclass(frozen=True)
class Byline:
    """The names a byline credits, and the date written on the same line if any."""

    names: tuple[str, ...]
    date: str | None = None
    prefixed: bool = False  # "By ...": the strongest sign of a byline


def is_name(text: str) -> bool:
    """A person's name: two to four capitalised words, none an interface word.

    >>> is_name("Jan de Vries"), is_name("Follow Author")
    (True, False)
    """
    if not NAME.fullmatch(text):
        return False
    words = [w.strip(".").casefold() for w in text.split()]
    return not any(w in _NOT_NAME or w in _AGENCY for w in words)


def _is_role(text: str) -> bool:
    return _ROLE.match(text) is not None


def _junk(text: str) -> bool:
    """Nothing left but dateline words, times and punctuation."""
    words = [w.strip(".").casefold() for w in _WORD.findall(text)]
    return all(w in _DATELINE_WORDS or w.isdigit() or not w for w in words)


#: Words after a leading name, in a line that ends as a sentence does, past which the
#: line is a sentence that opens with "By"/"Von" and a capitalised phrase ("Von Open
#: Source Software ein und entwickeln einen Leitfaden."), not a byline.
MAX_SENTENCE_TAIL = 2


def _leading_name(part: str) -> str | None:
    """The name a piece starts with, when what follows it is plainly not a name."""
    m = NAME.match(part)
    if not m:
        return None
    words = m.group().split()
    while words and words[-1].strip(".:").casefold() in _STOP_NAME:
        words.pop()  # "Jane Doe Last Updated: ...": the name, then the dateline
    lead = " ".join(words)
    rest = part[len(lead) :].lstrip()
    if len(words) < 2 or not is_name(lead):
        return None
    if rest and rest[0].isupper() and rest.split()[0].strip(".:").casefold() not in _STOP_NAME:
        return None
    return lead


def names(text: str, *, prefixed: bool, bare: bool) -> list[str] | None:
    """The names of one byline piece ("Jane Doe and John Roe, Staff Writers").

    After a prefix the names run until the first part that is not a name (a role, a
    description); without one, every part must be a name, an agency or a role, and a
    bare list of names counts only when ``bare`` says the context vouches for it.
    """
    sentence = _SENTENCE_END.search(text) is not None
    if "(" in text:
        text = _VISUAL.sub(" ", text)
    handle = "@" in text and _OWN_HANDLE.search(text) is not None
    text = _HANDLE.sub(" ", _PAREN.sub(" ", text)).strip(" .,:;|-–—/")
    found: list[str] = []
    marked = prefixed or handle  # "Jane Doe, @janedoe": a name with its handle signs the article
    for part in _JOIN.split(text):
        part = part.strip(" .,:;|-–—")
        if not part:
            continue
        folded = part.casefold()
        if folded in _AGENCY:
            marked = True
            continue
        if _is_role(part):
            marked = True
            if prefixed:
                break
            continue
        # "Jane Doe Staff Writer": a role glued to the name without a comma.
        role_at = next(
            (m.start() for m in _WORD_START.finditer(part) if _is_role(part[m.end() :])),
            None,
        )
        if role_at is not None and is_name(part[:role_at]):
            found.append(" ".join(part[:role_at].split()))
            marked = True
            continue
        if is_name(part):
            found.append(" ".join(part.split()))
            continue
        if prefixed and (lead := _leading_name(part)):
            # "By Jane Doe at the Moscow bureau": the name, then words that are not one;
            # a sentence's worth of them, and the line is a sentence.
            tail = text[text.find(part) + len(lead) :]
            if sentence and len(tail.split()) > MAX_SENTENCE_TAIL:
                return None
            found.append(" ".join(lead.split()))
            break
        if prefixed and found:
            break
        return None
    if not found or len(found) > MAX_NAMES or not (marked or bare):
        return None
    return found


def parse(text: str, *, bare: bool = False) -> Byline | None:
    """The byline in ``text``, or None when the line credits no one.

    >>> parse("Timothy Jones with Reuters and AFP")
    Byline(names=('Timothy Jones',), date=None, prefixed=False)
    >>> parse("by Laura Roe July 10, 2015")
    Byline(names=('Laura Roe',), date='2015-07-10', prefixed=True)
    """
    if len(text) > MAX_BYLINE:
        return None
    return _parse(text, bare)


@lru_cache(maxsize=4096)
def _parse(text: str, bare: bool) -> Byline | None:
    """:func:`parse`, remembered: re-cleaning a body reads the same header lines again."""
    if not (NAME.search(text) or ("(" in text and NAME.search(_PAREN.sub("", text)))):
        return None  # no two capitalised words in a row ("Richard (R.J.) Eskow" aside): no name
    iso = None
    relative = 0
    if "ago" in text or any(map(str.isdigit, text)):
        text, relative = _RELATIVE.subn(" | ", text)
        text = _MONTH_DAY.sub(" | ", text)
    found = dates.find(text)
    if found:
        iso, m = found
        text = text[: m.start()] + " | " + text[m.end() :]
        text = _TIME.sub(" ", text)
    dated = iso is not None or relative > 0
    pieces = [p.strip() for p in _SEGMENT.split(text)]
    result: list[str] = []
    prefixed = False
    unread = 0  # pieces that are neither names nor dates
    for piece in pieces:
        if not piece or _JUNK.match(piece):
            continue
        # Leading and trailing dateline words: "on", "Posted ... on", "Updated".
        words = piece.split()
        while words and words[-1].casefold().strip(".:,") in _DATELINE_WORDS - {"by"}:
            words.pop()
        while words and words[0].casefold().strip(".:,") in _DATELINE_WORDS - {"by"}:
            words.pop(0)
        piece = " ".join(words)
        if not piece:
            continue
        m = PREFIX.match(piece)
        got = (
            names(piece[m.end() :], prefixed=True, bare=bare)
            if m and m.end() < len(piece)
            else names(piece, prefixed=False, bare=bare or dated)
        )
        if got:
            result.extend(n for n in got if n not in result)
            if m:
                prefixed = True
                break
        elif m is None and not _junk(piece):
            if len(pieces) == 1:
                return None
            unread += 1
    if not result or (unread > len(result) and not (prefixed or dated)):
        return None  # "Home | UK | Business | Guardian Weekly": a menu, not a byline
    return Byline(tuple(result[:MAX_NAMES]), iso, prefixed)


def is_prefix_only(text: str) -> bool:
    """A line that is only a byline prefix ("By", "Par"): the names follow on the next line."""
    m = PREFIX.match(text.strip())
    return m is not None and not text.strip()[m.end() :].strip(" :")


@lru_cache(maxsize=4096)
def is_role_line(text: str) -> bool:
    """A line that is only what a person does ("Games Editor", "Staff Writer"): a bare
    name right above it is a byline.

    >>> is_role_line("Games Editor"), is_role_line("The Reporters")
    (True, False)
    """
    words = text.strip(" .,:;|").split()
    if not 1 <= len(words) <= _ROLE_LINE_WORDS or words[0].casefold() in ("the", "a", "an"):
        return False  # "The Reporters" names a menu's page, not a person's job
    last = words[-1].casefold()
    if last.endswith("s") and not last.endswith("ss"):
        return False  # "Site Journalists": a page of the site, not one person's job
    # The role, after at most one word of its own ("Games Editor", "Science Correspondent").
    return any(_ROLE.fullmatch(" ".join(words[i:])) for i in range(min(len(words), 2)))
