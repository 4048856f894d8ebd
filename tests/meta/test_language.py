"""Language: an ISO 639-1 code from the page's prose, and its stopwords."""

from __future__ import annotations

import pytest

from cleantext.meta import language

PROSE = {
    "en": "The spacecraft docked with the International Space Station a few hours after it "
    "was launched from the Baikonur Cosmodrome in Kazakhstan, the space agency said on Tuesday.",
    "de": "Das Raumschiff hat wenige Stunden nach dem Start vom Weltraumbahnhof Baikonur in "
    "Kasachstan an der Internationalen Raumstation angedockt, teilte die Raumfahrtbehörde mit.",
    "fr": "Le vaisseau s'est amarré à la Station spatiale internationale quelques heures après "
    "son lancement depuis le cosmodrome de Baïkonour, au Kazakhstan, a indiqué l'agence spatiale.",
    "es": "La nave se acopló a la Estación Espacial Internacional pocas horas después de su "
    "lanzamiento desde el cosmódromo de Baikonur, en Kazajistán, informó la agencia espacial.",
    "ru": "Космический корабль пристыковался к Международной космической станции через "
    "несколько часов после старта с космодрома Байконур в Казахстане, сообщило агентство.",
}


@pytest.mark.parametrize("code", sorted(PROSE))
def test_the_language_of_prose(code):
    assert language.detect([PROSE[code]]) == code


def test_menus_in_another_language_do_not_outvote_the_article():
    lines = ["Startseite", "Nachrichten", "Sport", "Kontakt", PROSE["en"], PROSE["en"]]
    assert language.detect(lines) == "en"


@pytest.mark.parametrize("lines", [[], ["", "   "], ["12:45", "2025-04-08", "© 2025"]])
def test_no_language_without_words(lines):
    assert language.detect(lines) is None


def test_the_answer_is_a_two_letter_code():
    found = language.detect(
        ["Hello, how are you doing today my friend? I dey fine o, no wahala at all."]
    )
    assert found is None or len(found) == 2


def test_stopwords_of_a_known_and_an_unknown_language():
    assert {"the", "and", "of"} <= language.stopwords("en")
    assert "und" in language.stopwords("de")
    assert language.stopwords("xx") == frozenset()
    assert language.stopwords(None) == frozenset()


def test_the_vectorised_byte_walk_gives_py3langids_own_ranking():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    plain = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    fast = language._identifier()
    texts = [
        *PROSE.values(),
        " ".join(PROSE.values()),
        "東京の株価は月曜日に大きく下落した。",
        "قال الوزير إن المفاوضات ستستمر الأسبوع المقبل.",
        "A",
        "ab",
        "12:45 | © 2025",
        "SHOUTING HEADLINE IN CAPITALS",
        "The team celebrated 🎉 after the final whistle, fans said. 👍🏽",
    ]
    for text in texts:
        assert fast.rank(text) == plain.rank(text)


def test_a_state_of_the_model_depends_on_no_more_than_depth_bytes():
    # The vectorised walk is exact only if every state of the automaton is reached
    # within DEPTH bytes of the start state (a state is the n-gram read so far).
    import numpy as np

    ident = language._identifier()
    move = np.asarray(ident.tk_nextmove)
    base = np.asarray(ident.tk_row, dtype=np.int64) << 8
    seen = np.zeros(len(base), dtype=bool)
    seen[0] = True
    frontier, depth = np.array([0]), 0
    while True:
        reached = np.unique(move[(base[frontier][:, None] + np.arange(256)).ravel()])
        frontier = reached[~seen[reached]]
        if not len(frontier):
            break
        seen[frontier] = True
        depth += 1
    assert seen.all()
    assert depth <= language.DEPTH


def test_the_same_sample_is_read_once():
    language._language_of.cache_clear()
    lines = [PROSE["de"], "Startseite"]
    assert language.detect(lines) == language.detect(list(reversed(lines))) == "de"
    assert language._language_of.cache_info().hits == 1


def test_detection_runs_blas_on_one_thread_and_restores_the_callers(monkeypatch) -> None:
    # In a worker process per core, a BLAS thread pool only fights the other workers.
    from threadpoolctl import threadpool_info

    def blas_threads() -> list[int]:
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    real = language._identifier()
    seen: list[list[int]] = []

    class Watched:
        def rank(self, text: str):
            seen.append(blas_threads())
            return real.rank(text)

    monkeypatch.setattr(language, "_identifier", Watched)
    language._language_of.cache_clear()  # a remembered answer would not reach the model
    before = blas_threads()
    text = "The council voted on Tuesday to close the school at the end of the year. " * 5
    assert language._language_of(text) == "en"
    assert seen and seen[0] and all(n == 1 for n in seen[0])
    assert blas_threads() == before
