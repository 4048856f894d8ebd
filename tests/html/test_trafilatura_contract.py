"""What the HTML path needs of trafilatura beyond its public ``extract``/``bare_extraction``.

The HTML path reaches a few of trafilatura's inner names (its parser, its extraction
cascade, its readability port and that port's conversion to XML) to extract each page
once and keep both of its views. Each name has a fallback, but a silent fallback would
change results: these tests fail first when a trafilatura release renames or reshapes
one, and ``pyproject.toml`` bounds trafilatura to the releases they passed on.
"""

from __future__ import annotations

import inspect

import pytest
from lxml import etree

PAGE = (
    "<html><head><title>Harbour bridge reopens</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Harbour bridge reopens</h1>"
    + "<p>The harbour bridge reopened on Monday after two years of repairs, the city said, "
    "and the first buses crossed it before dawn while crews cleared the last barriers.</p>"
    * 6
    + "</article><footer>Copyright 2024 Example News</footer></body></html>"
)


def _parameters(function) -> tuple[str, ...]:
    return tuple(inspect.signature(function).parameters)


def test_the_parser_reads_a_string_into_an_lxml_tree():
    from trafilatura.utils import load_html

    tree = load_html(PAGE)
    assert tree is not None and tree.tag == "html"


def test_the_cascade_takes_tree_options_url_and_returns_body_text_and_comments():
    from trafilatura import core
    from trafilatura.utils import load_html

    from cleantext.html.views import _CASCADE_PARAMETERS, extraction_options

    assert _parameters(core.trafilatura_sequence) == _CASCADE_PARAMETERS
    body, text, _comments_body, comments = core.trafilatura_sequence(
        load_html(PAGE), extraction_options(), None
    )
    assert etree.iselement(body) and "harbour bridge reopened" in text
    assert isinstance(comments, str)


def test_the_readability_port_returns_a_tree_the_xml_conversion_accepts():
    from trafilatura import external
    from trafilatura.utils import load_html

    from cleantext.html.views import extraction_options

    assert _parameters(external.try_readability) == ("htmlinput",)
    assert _parameters(external.sanitize_tree) == ("tree", "options")
    found = external.try_readability(load_html(PAGE))
    assert found is not None and len(found)
    body, text = external.sanitize_tree(found, extraction_options())
    assert etree.iselement(body) and "harbour bridge" in text.lower()


def test_the_comparison_converts_readabilitys_choice_through_the_watched_function():
    from trafilatura import external

    from cleantext.html.views import _sanitizes_in_place

    assert callable(external.compare_extraction)
    assert _sanitizes_in_place()


def test_the_extractor_options_take_the_fields_the_html_path_sets():
    from trafilatura.settings import Extractor

    options = Extractor(
        output_format="xml", comments=False, formatting=True, links=True, images=True, tables=True
    )
    assert options.min_output_size >= 0 and options.min_output_comm_size >= 0
    assert hasattr(options, "url")
    assert options.images is True


@pytest.mark.parametrize("name", ["extensive_search", "original_date", "outputformat", "url"])
def test_htmldate_takes_the_arguments_the_metadata_reader_passes(name):
    from htmldate import find_date

    assert name in _parameters(find_date)
