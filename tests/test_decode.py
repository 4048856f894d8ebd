"""decode: bytes become the text their author wrote, never replacement characters."""

from __future__ import annotations

import pytest

from cleantext import clean
from cleantext.cli.files import decode_exact
from cleantext.decode import (
    declared_charset,
    decode,
    decode_noting,
    detect,
    stray_utf8,
    utf16_without_bom,
)

FRENCH = "<p>Le café était «\u00a0très\u00a0» bon, dit l’élève.</p>"
RUSSIAN = "<p>Правительство объявило о новых мерах поддержки экономики.</p>"
JAPANESE = (
    "<p>政府は経済を支援するための新しい措置を発表しました。今年の成長率は予想を上回った。</p>"
)


def test_utf8_bom_is_removed() -> None:
    assert decode(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>") == "<p>café</p>"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    assert decode(bom + FRENCH.encode(codec)) == FRENCH


def test_plain_utf8_wins_over_a_stale_declaration() -> None:
    data = ('<meta charset="iso-8859-1">' + FRENCH).encode("utf-8")
    assert decode(data).endswith(FRENCH)


@pytest.mark.parametrize(
    ("text", "codec", "label"),
    [
        (FRENCH, "cp1252", "windows-1252"),
        (RUSSIAN, "cp1251", "windows-1251"),
        (JAPANESE, "shift_jis", "Shift_JIS"),
    ],
)
def test_declared_charset_is_used(text: str, codec: str, label: str) -> None:
    data = f'<html><head><meta charset="{label}"></head><body>{text}</body></html>'.encode(codec)
    assert text in decode(data)


def test_http_equiv_declaration() -> None:
    data = b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">' + RUSSIAN.encode(
        "koi8-r"
    )
    assert declared_charset(data) == "koi8-r"
    assert RUSSIAN in decode(data)


def test_latin1_label_reads_as_windows_1252_like_browsers() -> None:
    """Curly quotes in a page labelled ISO-8859-1 are Windows-1252 bytes, not C1 controls."""
    data = '<meta charset="ISO-8859-1"><p>“Quoted” – dash</p>'.encode("cp1252")
    assert "“Quoted” – dash" in decode(data)


@pytest.mark.parametrize(
    ("text", "codec"),
    [(RUSSIAN * 3, "cp1251"), (JAPANESE * 2, "shift_jis"), (FRENCH * 3, "cp1252")],
)
def test_undeclared_charset_is_detected(text: str, codec: str) -> None:
    out = decode(text.encode(codec))
    assert "\ufffd" not in out
    assert out == text


def test_utf8_page_with_a_few_stray_windows_bytes_keeps_both() -> None:
    data = ("<p>Zürich " * 40).encode("utf-8") + b"<p>He said \x93yes\x94.</p>"
    out = decode(data)
    assert "Zürich" in out and "“yes”" in out and "\ufffd" not in out


@pytest.mark.parametrize(
    "data", [b"", b"\x00\x01\x02", bytes(range(256)), b"\xff" * 1000, b"<meta charset=bogus>\xe9"]
)
def test_never_crashes(data: bytes) -> None:
    assert isinstance(decode(data), str)


def test_bytes_html_through_clean() -> None:
    page = (
        "<html><head><title>Économie</title><meta charset='windows-1252'></head><body><article>"
        + "<p>L’économie française a progressé de 0,5 % au troisième trimestre, selon l’institut.</p>"
        * 4
        + "</article></body></html>"
    )
    doc = clean(page.encode("cp1252"), mode="html")
    assert "L’économie française" in doc.body
    assert "\ufffd" not in doc.body


# -- a corpus of real encodings ------------------------------------------------------------
GERMAN = "Zoë Müller trinkt jeden Morgen einen Café au lait im Straßencafé an der Ecke."
CORPUS = [
    ("Zoë Müller, café", "latin-1"),
    (GERMAN, "latin-1"),
    ("„Das ist ein Test“ – sagte er, und der Preis lag bei 5 € für die Crème brûlée.", "cp1252"),
    (
        "Zażółć gęślą jaźń. Příliš žluťoučký kůň úpěl ďábelské ódy. Wróciłem do domu późno "
        "w nocy, bo pociąg się spóźnił.",
        "cp1250",
    ),
    ("Съешь же ещё этих мягких французских булок, да выпей чаю. Москва - столица.", "koi8-r"),
    ("Съешь же ещё этих мягких французских булок, да выпей чаю. Москва - столица.", "cp1251"),
    ("日本語のテキストです。東京は日本の首都であり、多くの人々が住んでいます。", "shift_jis"),
    ("这是一个中文文本。北京是中国的首都，有很多人住在那里。", "gb18030"),
    (GERMAN + " Москва.", "utf-16"),  # with a byte-order mark
    (GERMAN + " Москва.", "utf-16-le"),  # without one
    (GERMAN + " Москва.", "utf-16-be"),
]


@pytest.mark.parametrize(
    ("text", "codec"), CORPUS, ids=[f"{c}-{i}" for i, (_, c) in enumerate(CORPUS)]
)
def test_a_corpus_of_real_encodings_reads_as_written(text: str, codec: str) -> None:
    data = text.encode(codec)
    assert decode(data) == text
    exact, encoding, bom, _note = decode_exact(data)
    assert exact == text
    assert bom + exact.encode(encoding) == data  # the fixer writes the same bytes back


def test_single_byte_text_prefers_windows_1252_to_a_tie() -> None:
    # The detector reads these bytes as well in Windows-1250 or -1257 as in -1252.
    assert detect("Zoë Müller, café".encode("latin-1")) == "cp1252"
    assert detect("Zoë Müller, café".encode("cp1250")) == "cp1252"


def test_another_code_page_wins_when_it_reads_clearly_better() -> None:
    assert detect("Съешь же ещё этих мягких французских булок.".encode("cp1251")) == "cp1251"


def test_mostly_utf8_with_stray_bytes_stays_utf8_and_only_those_bytes_change() -> None:
    text = "Zoë Müller, café au lait. Crème brûlée à la française, s'il vous plaît."
    data = text.encode().replace(b"lait", b"l\xe6it").replace(b"vous", b"v\x92us") + b" \xff"
    assert stray_utf8(data) == 3
    decoded, note = decode_noting(data)
    assert decoded == text.replace("lait", "læit").replace("vous", "v’us") + " ÿ"
    assert note == "decoded as UTF-8; 3 stray bytes read as Windows-1252"
    exact, encoding, _bom, note = decode_exact(data)
    assert (encoding, note) == ("utf-8", "decoded as UTF-8; 3 stray bytes kept as they are")
    assert exact.encode("utf-8", "surrogateescape") == data


def test_single_byte_text_is_not_mostly_utf8() -> None:
    assert stray_utf8("Zoë Müller, café".encode("latin-1")) is None
    assert (
        stray_utf8("这是一个中文文本。北京是中国的首都，有很多人住在那里。".encode("gb18030"))
        is None
    )
    assert stray_utf8(b"plain ascii") == 0


def test_utf16_without_a_bom_needs_its_nul_pattern() -> None:
    assert utf16_without_bom(GERMAN.encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom(GERMAN.encode("utf-16-be")) == "utf-16-be"
    assert utf16_without_bom(b"binary\x00\x00\x00\x01\x02 data with nul bytes\x00") is None
    assert utf16_without_bom(GERMAN.encode()) is None
