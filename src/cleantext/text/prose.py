"""What reads as prose: the sentence-end patterns and the prose test every stage shares.

One definition, so that the rules, the classifier, the HTML path and the site templates
agree on what ends a sentence (CJK full stops included). Where a stage deliberately reads
more loosely, the difference is a named pattern here, not a copy there.
"""

from __future__ import annotations

import regex

_STOPS = ".!?…。！？"  # sentence punctuation, the CJK full-width forms included
_CLOSERS = "\"'”’»)"  # what may close a sentence after its stop

#: A line that ends like a sentence.
SENTENCE_END = regex.compile(rf"[{_STOPS}{_CLOSERS}]\s*$")
#: A line that ends like a sentence or a clause: also a lead-in ("as follows:"), a clause
#: (";") or a bracket ("[...]"). The rules and the HTML path read a line's end this way.
CLAUSE_END = regex.compile(rf"[{_STOPS}:;{_CLOSERS}\]]\s*$")
#: Two sentences inside one line ("...the rate. Share prices..."): a dump ran them on.
INNER_SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?…]\s+\p{Lu}")


def is_prose(text: str, min_chars: int, end: regex.Pattern[str] = CLAUSE_END) -> bool:
    """A line long enough, and ending like a sentence, to be some article's prose."""
    return len(text) >= min_chars and end.search(text) is not None
