"""Language of a page (py3langid, a fast n-gram identifier) and its stopword list (jusText's)."""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import islice
from typing import Any

from cleantext.text.threads import one_blas_thread

# ISO 639-1 code -> the name of jusText's stoplist for that language.
STOPLIST_NAMES: dict[str, str] = {
    "af": "Afrikaans",
    "sq": "Albanian",
    "ar": "Arabic",
    "hy": "Armenian",
    "az": "Azerbaijani",
    "eu": "Basque",
    "be": "Belarusian",
    "bn": "Bengali",
    "bs": "Bosnian",
    "br": "Breton",
    "bg": "Bulgarian",
    "ca": "Catalan",
    "hr": "Croatian",
    "cs": "Czech",
    "da": "Danish",
    "nl": "Dutch",
    "en": "English",
    "eo": "Esperanto",
    "et": "Estonian",
    "fi": "Finnish",
    "fr": "French",
    "gl": "Galician",
    "ka": "Georgian",
    "de": "German",
    "el": "Greek",
    "gu": "Gujarati",
    "ht": "Haitian",
    "he": "Hebrew",
    "hi": "Hindi",
    "hu": "Hungarian",
    "is": "Icelandic",
    "id": "Indonesian",
    "ga": "Irish",
    "it": "Italian",
    "kn": "Kannada",
    "kk": "Kazakh",
    "ko": "Korean",
    "ku": "Kurdish",
    "ky": "Kyrgyz",
    "la": "Latin",
    "lv": "Latvian",
    "lt": "Lithuanian",
    "lb": "Luxembourgish",
    "mk": "Macedonian",
    "ms": "Malay",
    "ml": "Malayalam",
    "mt": "Maltese",
    "mr": "Marathi",
    "ne": "Nepali",
    "nb": "Norwegian_Bokmal",
    "no": "Norwegian_Bokmal",
    "nn": "Norwegian_Nynorsk",
    "oc": "Occitan",
    "fa": "Persian",
    "pl": "Polish",
    "pt": "Portuguese",
    "qu": "Quechua",
    "ro": "Romanian",
    "ru": "Russian",
    "sr": "Serbian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "es": "Spanish",
    "su": "Sundanese",
    "sw": "Swahili",
    "sv": "Swedish",
    "tl": "Tagalog",
    "ta": "Tamil",
    "te": "Telugu",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "uz": "Uzbek",
    "vi": "Vietnamese",
    "cy": "Welsh",
    "fy": "West_Frisian",
    "jv": "Javanese",
}

SAMPLE_CHARS = 4000
MIN_PROBABILITY = 0.3
MIN_LETTERS = 20  # a sample with fewer letters (in its first 2000 characters) has no language
# py3langid's byte n-gram automaton: the state after a byte depends only on the last
# DEPTH bytes (the deepest state of the shipped model; tests check it).
DEPTH = 6
_PROBE = "Le vaisseau s'est amarré à la Station spatiale. The crew docked; Экипаж 東京 1234."


@lru_cache(maxsize=1)
def _identifier() -> object:
    """py3langid's identifier, with its byte walk done in numpy when that gives the same counts."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier, visit_counts

    class Identifier(LanguageIdentifier):  # type: ignore[misc]
        """Reads all of a sample's byte windows at once instead of one byte at a time."""

        __slots__ = ("_walk",)

        def _raw_score(self, text: bytes) -> Any:
            counts = self._walk(text)
            if counts:
                return self._sparse_score(counts, self.nb_ptc)
            return super()._raw_score(text)

    path = MODEL_DIR / MODEL_FILE
    try:
        ident = Identifier.from_modelpath(path, norm_probs=True)
        ident._walk = _byte_walk(ident.tk_nextmove, ident.tk_row, ident.tk_output)
        probe = ident._encode(_PROBE)
        expected = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, probe)
        if list(ident._walk(probe).items()) == list(expected.items()):
            return ident
    except (AttributeError, TypeError, ValueError):  # another py3langid: its own walk
        pass
    return LanguageIdentifier.from_modelpath(path, norm_probs=True)


def _byte_walk(nextmove: Any, rows: Any, output: Any) -> Callable[[bytes], dict[int, int]]:
    """``{feature: count}`` in first-seen order, as py3langid's ``visit_counts`` gives them.

    Since a state depends only on the last :data:`DEPTH` bytes, every position's state
    is the walk from the start state over its window: DEPTH vectorised steps in all.
    """
    import numpy as np

    move = np.frombuffer(nextmove, dtype=np.uint32) if isinstance(nextmove, array) else None
    if move is None:
        move = np.asarray(nextmove)
    base = np.asarray(rows, dtype=np.int64) << 8
    out = np.asarray(output, dtype=np.int64)

    def walk(data: bytes) -> dict[int, int]:
        letters = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
        n = len(letters)
        state = np.zeros(n, dtype=np.int64)
        for back in range(DEPTH - 1, -1, -1):
            if back < n:
                state[back:] = move[base[state[back:]] + letters[: n - back]]
        found = out[state]
        return Counter(found[found >= 0].tolist())

    return walk


def detect(lines: Iterable[str]) -> str | None:
    """ISO 639-1 code of the language of ``lines`` (longest lines first), or None.

    Only the prose-like lines are read, up to a few thousand characters: menus are
    often in a site's default language while the article is not.
    """
    sample: list[str] = []
    size = 0
    for line in sorted(lines, key=len, reverse=True):
        if len(line) < 40 and size:
            break
        line = line[:SAMPLE_CHARS]  # one huge line must not swamp (or slow) the model
        sample.append(line)
        size += len(line)
        if size >= SAMPLE_CHARS:
            break
    return _language_of(" ".join(sample))


@lru_cache(maxsize=16)
def _language_of(text: str) -> str | None:
    """The answer for one sample; re-cleaning a body often reads the same sample again."""
    if sum(1 for _ in islice(filter(str.isalpha, text[:2000]), MIN_LETTERS)) < MIN_LETTERS:
        return None
    # The model also knows languages without an ISO 639-1 code ("pcm", "zxx" for no
    # language): the answer is the most likely language that has one.
    with one_blas_thread():
        ranked = _identifier().rank(text)  # type: ignore[attr-defined]
    for lang, prob in ranked:
        if len(lang) == 2:
            return str(lang) if prob >= MIN_PROBABILITY else None
    return None


@lru_cache(maxsize=128)
def stopwords(language: str | None) -> frozenset[str]:
    """The lower-cased stopwords of ``language``; an empty set when none is known."""
    name = STOPLIST_NAMES.get(language or "")
    if not name:
        return frozenset()
    import justext

    return frozenset(w.casefold() for w in justext.get_stoplist(name))
