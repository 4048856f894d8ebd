"""decode: bytes become the text their author wrote, never replacement characters."""

from __future__ import annotations

import pytest

from cleantext import clean
from cleantext.decode import declared_charset, decode

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
