"""Language of a page (py3langid, a fast n-gram identifier) and its stopword list (jusText's)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

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


@lru_cache(maxsize=1)
def _identifier() -> object:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


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
    text = " ".join(sample)
    if sum(ch.isalpha() for ch in text[:2000]) < 20:
        return None
    # The model also knows languages without an ISO 639-1 code ("pcm", "zxx" for no
    # language): the answer is the most likely language that has one.
    for lang, prob in _identifier().rank(text):  # type: ignore[attr-defined]
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
