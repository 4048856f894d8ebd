"""Properties of ``clean()`` that hold for every input, in every mode, from ``str`` or ``bytes``.

- nothing escapes: any text, any bytes, any markup gives a Document;
- cleaning is idempotent: the body cleaned again is the same body, and so is the
  Markdown (``Document.to_markdown``);
- nothing is invented: every word of the body is in the input, once the documented
  repairs (encoding, invisible characters, glued dates, entities, markup) are made;
- the output is valid Unicode without control characters, and metadata has its types.

Inputs are built from pieces of real pages (article sentences, boilerplate lines,
markdown and list syntax) mixed with arbitrary text, so the rules actually fire.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import json
import os
import unicodedata

import regex
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.decode import decode
from cleantext.repair import repair

MODES = ("auto", "text", "html")
# CI runs a fixed set of examples (derandomized: the same inputs every run). A deeper,
# random search: PROPERTY_EXAMPLES=2000 pytest tests/test_properties.py
_DEEP = os.environ.get("PROPERTY_EXAMPLES")
SETTINGS = settings(
    max_examples=int(_DEEP or "60"),
    derandomize=not _DEEP,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SENTENCES = (
    "Share prices fell 3% on Monday after the central bank raised its main rate.",
    "Related research shows that the effect is stronger in colder climates, the authors said.",
    "Comments from the minister drew criticism from both opposition parties on Tuesday.",
    "Image quality was the telescope's main problem during its first year in orbit.",
    "The Soyuz rocket lifted off from Baikonur at 08:47 local time, carrying three crew.",
    "Photo editors at the paper said they had never seen so many submissions in a week.",
    "Subscribers to the service will pay more from April, the company announced.",
    "Москва заявила, что переговоры продолжатся на следующей неделе.",
    "Die Regierung kündigte am Montag neue Maßnahmen gegen die Inflation an.",
    "東京の株価は月曜日に大きく下落した。",
    "قال الوزير إن المفاوضات ستستمر الأسبوع المقبل.",
    "The team celebrated 🎉 after the final whistle, fans said. 👍🏽",
)
CRUFT = (
    "Share",
    "Share on Facebook",
    "Tweet",
    "Skip to main content",
    "Related Articles",
    "Read more: Markets slide as rates rise",
    "Leave a comment",
    "12 comments",
    "Image: Maxim Shemetov/REUTERS",
    "(Image Credit: NASA)",
    "Subscribe to our newsletter",
    "Enter your email address:",
    "© 2025 Example Media. All rights reserved.",
    "Edited by: Jane Doe",
    "kb/wd (Reuters, AFP)",
    "4 minute read",
    "By Jane Doe",
    "Updated: Friday, April 18, 2025 10:47 GMT",
    "April 8, 2025The Soyuz crew returned safely.",
    "Home | News | Sport | Weather",
    "Home > World > Europe",
    "Advertisement",
    "— NASA (@NASA) April 8, 2025",
    "Sergei Savostyanov/TASS/dpa/picture alliance",
    "Categories: Space, Science",
)
DECORATIONS = ("", "", "", "* ", "- ", "• ", "1. ", "# ", "## ", "> ", "  o ", "**", "[")

_any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=80)
_line = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(CRUFT), _any_text)
# One language per page: what real pages are, and what idempotence can be asked of while
# the language is guessed from the lines that are left.
_english_line = st.one_of(
    st.sampled_from([s for s in SENTENCES if s.isascii()]),
    st.sampled_from(CRUFT),
    st.text(st.characters(codec="ascii"), max_size=40),
)


@st.composite
def pages(draw: st.DrawFn, line: st.SearchStrategy[str] = _line) -> str:
    """A page-like text: decorated lines of prose, cruft and noise, joined by mixed breaks."""
    lines = draw(st.lists(st.tuples(st.sampled_from(DECORATIONS), line), max_size=25))
    breaks = draw(st.lists(st.sampled_from(("\n", "\n\n", "\r\n", "\r", "\n\n\n")), min_size=1))
    out = []
    for i, (decoration, line) in enumerate(lines):
        if decoration == "[":
            line = f"[{line}](https://example.org/{i})"
        elif decoration == "**":
            line = f"**{line}**"
        else:
            line = decoration + line
        out.append(line + breaks[i % len(breaks)])
    return "".join(out)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """A page-like HTML document: the same lines inside common tags, escaped or not."""
    lines = draw(st.lists(_line, max_size=20))
    tags = draw(
        st.lists(
            st.sampled_from(("p", "div", "li", "h1", "h2", "span", "a", "figcaption")), min_size=1
        )
    )
    escape = draw(st.booleans())
    body = "".join(
        f"<{tags[i % len(tags)]}>{_html.escape(line) if escape else line}</{tags[i % len(tags)]}>\n"
        for i, line in enumerate(lines)
    )
    title = draw(st.sampled_from(("", "<title>Rocket launch</title>")))
    return f"<!DOCTYPE html><html><head>{title}</head><body><article>{body}</article></body></html>"


sources = st.one_of(pages(), html_pages(), _any_text)
byte_sources = st.one_of(
    st.binary(max_size=600),
    sources.map(lambda s: s.encode("utf-8", "surrogatepass")),
    sources.map(lambda s: s.encode("cp1252", "ignore")),
    sources.map(lambda s: s.encode("utf-16")),
)

_WORD = regex.compile(r"\w+")
_TAG = regex.compile(r"<[^<>]*>")
_CONTROL = frozenset(("Cc", "Cs"))  # controls and lone surrogates


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _references(source: str | bytes) -> list[str]:
    """The input as each path may legitimately see it once its documented repairs are made."""
    text = decode(source) if isinstance(source, bytes) else source
    repaired = repair(text)
    # The HTML path: tags gone, entities decoded, non-printable characters dropped.
    markup_free = repair(_html.unescape(_TAG.sub("", repaired)))
    printable = "".join(ch for ch in markup_free if ch.isprintable() or ch.isspace())
    return [_fold(v) for v in (repaired, markup_free, printable)]


def _words_missing(body: str, source: str | bytes) -> list[str]:
    references = _references(source)
    return [w for w in _WORD.findall(_fold(body)) if not any(w in ref for ref in references)]


def _check_metadata(doc: cleantext.Document) -> None:
    assert isinstance(doc.body, str)
    assert doc.title is None or (isinstance(doc.title, str) and doc.title.strip())
    assert isinstance(doc.authors, list) and all(
        isinstance(a, str) and a.strip() for a in doc.authors
    )
    if doc.date is not None:
        assert _dt.date.fromisoformat(doc.date).isoformat() == doc.date
    assert doc.site is None or (isinstance(doc.site, str) and doc.site.strip())
    assert doc.language is None or regex.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?", doc.language)
    for removal in doc.removed:
        assert isinstance(removal, cleantext.Removal)
        assert isinstance(removal.text, str) and isinstance(removal.line, int)
        assert removal.rule and removal.family
    assert json.loads(doc.to_json())["body"] == doc.body


def _check_unicode(doc: cleantext.Document) -> None:
    fields = [doc.body, doc.title or "", doc.site or "", *doc.authors]
    for value in fields:
        value.encode("utf-8")  # no lone surrogates
        bad = {ch for ch in value if unicodedata.category(ch) in _CONTROL and ch != "\n"}
        assert not bad, (bad, value[:200])
    assert "\n" not in (doc.title or "") + (doc.site or "") + "".join(doc.authors)


@SETTINGS
@given(source=sources, mode=st.sampled_from(MODES))
def test_any_text_gives_a_well_formed_document(source, mode):
    doc = cleantext.clean(source, mode=mode)
    _check_metadata(doc)
    _check_unicode(doc)


@SETTINGS
@given(source=byte_sources, mode=st.sampled_from(MODES))
def test_any_bytes_give_a_well_formed_document(source, mode):
    doc = cleantext.clean(source, mode=mode)
    _check_metadata(doc)
    _check_unicode(doc)


@SETTINGS
@given(
    source=st.one_of(pages(_english_line), st.binary(max_size=600)),
    mode=st.sampled_from(("auto", "text")),
)
def test_cleaning_text_is_idempotent(source, mode):
    doc = cleantext.clean(source, mode=mode)
    assume(not doc.path.startswith("html"))
    assert cleantext.clean(doc.body, mode=mode).body == doc.body


@SETTINGS
@given(source=pages())
def test_cleaning_mixed_language_text_is_idempotent(source):
    # The language is guessed again from the lines kept; the body settles under the
    # stopwords of that guess, so a second cleaning reads it the same way.
    body = cleantext.clean(source, mode="text").body
    assert cleantext.clean(body, mode="text").body == body


@SETTINGS
@given(source=html_pages())
def test_cleaning_html_is_idempotent(source):
    body = cleantext.clean(source, mode="html").body
    assert cleantext.clean(body).body == body


STREAMED = cleantext.Config(html_stream_chars=1)  # every page read as a stream


@SETTINGS
@given(source=st.one_of(html_pages(), byte_sources))
def test_a_streamed_page_is_clean_sound_and_idempotent(source):
    doc = cleantext.clean(source, mode="html", config=STREAMED)
    _check_metadata(doc)
    _check_unicode(doc)
    assert _words_missing(doc.body, source) == []
    assert cleantext.clean(doc.body).body == doc.body


@SETTINGS
@given(
    source=st.one_of(pages(_english_line), html_pages()),
    mode=st.sampled_from(MODES),
    front_matter=st.booleans(),
)
def test_cleaning_markdown_output_is_idempotent(source, mode, front_matter):
    # What the in-place fixer and ``--format markdown`` rely on: cleantext's own Markdown,
    # cleaned again, is the same Markdown.
    markdown = cleantext.clean(source, mode=mode).to_markdown(front_matter=front_matter)
    assume(front_matter or not markdown.startswith("# "))  # the title would be read back
    again = cleantext.clean(markdown, mode="text").to_markdown(front_matter=front_matter)
    assert again == markdown


@SETTINGS
@given(source=st.one_of(sources, byte_sources), mode=st.sampled_from(MODES))
def test_every_word_of_the_body_is_in_the_input(source, mode):
    doc = cleantext.clean(source, mode=mode)
    assert _words_missing(doc.body, source) == []


@SETTINGS
@given(source=pages())
def test_str_and_its_utf8_bytes_give_the_same_document(source):
    encoded = source.encode("utf-8", "surrogatepass")
    try:
        encoded.decode("utf-8")
    except UnicodeDecodeError:
        return  # lone surrogates have no UTF-8 form: nothing to compare
    assert cleantext.clean(encoded).to_dict() == cleantext.clean(source).to_dict()
