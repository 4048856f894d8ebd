"""The headline scorer's weights ship as data, keyed by feature name and checked at load."""

from __future__ import annotations

import pytest

from cleantext.meta import title


def test_the_shipped_weights_cover_every_feature_by_name():
    assert title.WEIGHTS.vector == tuple(title.WEIGHTS.by_name[f] for f in title.FEATURES)
    assert len(title.WEIGHTS.vector) == len(title.FEATURES)


def test_a_weight_for_an_unknown_feature_is_refused():
    weights = dict(title.WEIGHTS.by_name, sparkle=1.0)
    with pytest.raises(ValueError, match="sparkle"):
        title.Weights(weights)


def test_a_feature_without_a_weight_is_refused():
    weights = {k: v for k, v in title.WEIGHTS.by_name.items() if k != "heading"}
    with pytest.raises(ValueError, match="heading"):
        title.Weights(weights)


def test_a_weight_moves_the_score_of_the_feature_it_names():
    # Raising one sign's weight moves the score by that sign, and by nothing else.
    from cleantext.meta import reader
    from cleantext.text.segment import segment

    blocks = segment(
        "# Storm floods the coast\n\nBy Jane Doe\n\n"
        "The storm reached the coast late on Monday and brought heavy rain to the towns "
        "along the bay, where residents had been told to stay at home."
    )
    ctx, cands = reader.headline_contenders(blocks, 0, url=None, language="en")
    (headline,) = (c for c in cands if c.index == 0)
    signs = title.features(headline, ctx)
    assert signs is not None
    for name, sign in zip(title.FEATURES, signs, strict=True):
        more = title.Weights(dict(title.WEIGHTS.by_name, **{name: title.WEIGHTS.by_name[name] + 1}))
        assert title.score(headline, ctx, more) == pytest.approx(title.score(headline, ctx) + sign)
