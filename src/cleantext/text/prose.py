"""What reads as prose: the sentence-end patterns and the prose test every stage shares.

One definition, so that the rules, the classifier, the HTML path, the site templates and
the metadata readers agree on what ends a sentence (CJK full stops included). Where a
stage deliberately reads more strictly or more loosely, the difference is a named
parameter here (:func:`sentence_end`, :func:`inner_sentence_end`), not a copy there.
"""

from __future__ import annotations

from functools import cache

import regex

#: Sentence punctuation, the CJK full-width forms included.
STOPS = ".!?…。！？"
#: What may close a sentence after its stop.
CLOSERS = "\"'”’»)"
_OPENERS = "\"'“‘«("  # what may open a sentence before its first letter
_STOPS, _CLOSERS = STOPS, CLOSERS


@cache
def sentence_end(*, stop: bool = False, inside: bool = False) -> regex.Pattern[str]:
    """The pattern of a sentence's end.

    By default, the end of a line that ends in a stop or in a closing mark.
    ``stop``: a stop is required, closing marks (a bracket too) only after it ("...he
    said.”" ends a sentence, "(Reuters)" and "Jane Doe's “Rain”" do not): the headline and
    dateline readers tell a sentence from a title this way, and a title often ends in a
    quote or a bracket. ``inside``: anywhere in the line, a stop and at most one closing
    mark before a space or the line's end ("It rained. Then" holds one).
    """
    if inside:
        return regex.compile(rf"[{_STOPS}][{_CLOSERS}]?(?:\s|$)")
    if stop:
        return regex.compile(rf"[{_STOPS}][{_CLOSERS}\]]*\s*$")
    return regex.compile(rf"[{_STOPS}{_CLOSERS}]\s*$")


@cache
def inner_sentence_end(*, quoted: bool = False) -> regex.Pattern[str]:
    """The pattern of two sentences run into one line ("...the rate. Share prices...").

    ``quoted``: the first may close a quotation or bracket and the second open one
    ("...angry supporter.” Emery retweeted"), as the headline reader allows.
    """
    if quoted:
        return regex.compile(rf"\p{{Ll}}{{2}}[.!?…][{_CLOSERS}]?\s+[{_OPENERS}]?\p{{Lu}}")
    return regex.compile(r"\p{Ll}{2}[.!?…]\s+\p{Lu}")


#: A line that ends like a sentence.
SENTENCE_END = sentence_end()
#: A line that ends like a sentence or a clause: also a lead-in ("as follows:"), a clause
#: (";") or a bracket ("[...]"). The rules and the HTML path read a line's end this way.
CLAUSE_END = regex.compile(rf"[{_STOPS}:;{_CLOSERS}\]]\s*$")
#: Two sentences inside one line ("...the rate. Share prices..."): a dump ran them on.
INNER_SENTENCE_END = inner_sentence_end()


def is_prose(text: str, min_chars: int, end: regex.Pattern[str] = CLAUSE_END) -> bool:
    """A line long enough, and ending like a sentence, to be some article's prose."""
    return len(text) >= min_chars and end.search(text) is not None
