"""Language detection: real sentences in several languages, right-to-left scripts, mixed and undetectable text."""

import logging
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.ar.examples import sentences as ARABIC
from spacy.lang.de.examples import sentences as GERMAN
from spacy.lang.es.examples import sentences as SPANISH
from spacy.lang.fr.examples import sentences as FRENCH
from spacy.lang.he.examples import sentences as HEBREW
from spacy.lang.it.examples import sentences as ITALIAN
from spacy.lang.ru.examples import sentences as RUSSIAN

from summariser.load import language
from summariser.load.language import UNDETERMINED, LanguageInfo, classify, detect_language, detect_language_cached

from .conftest import SEEDS
from .factories import DictStore

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
ITALIAN_REPORT = (
    "La Russia ha inviato più di 70 animali allo zoo di Pyongyang, tra cui un leone africano, due orsi bruni, "
    "due yak, 25 fagiani e 40 anatre mandarine.\n\n"
    "Gli animali sono arrivati in aereo da Mosca, accompagnati da veterinari e funzionari dello zoo di Mosca, "
    "secondo un comunicato del ministero russo delle risorse naturali.\n\n"
    "«Gli animali hanno sempre avuto un ruolo speciale nelle relazioni tra gli Stati», ha detto il ministro "
    "Alexander Kozlov, che ha viaggiato con gli animali."
)


def test_the_seeds_are_english_single_language_left_to_right() -> None:
    for text in SEED_TEXTS:
        assert detect_language(text) == LanguageInfo(language="en", languages=("en",), rtl=False)


@pytest.mark.parametrize(
    ("code", "sentences"),
    [("it", ITALIAN), ("fr", FRENCH), ("de", GERMAN), ("es", SPANISH), ("ru", RUSSIAN), ("ar", ARABIC), ("he", HEBREW)],
)
def test_real_sentences_as_an_article(code: str, sentences: list[str]) -> None:
    info = detect_language("\n\n".join(sentences))
    assert info.language == code and info.languages == (code,) and not info.mixed
    assert info.rtl == (code in {"ar", "he"})


def test_an_italian_report_is_italian() -> None:
    assert detect_language(ITALIAN_REPORT).language == "it"


@pytest.mark.parametrize("text", ["", "   \n", "12,000 10 000 2024-11-20 !!!", "OK", "Путин", "Kim Jong Un", "🦁🐻🦆"])
def test_text_the_detector_cannot_name_is_undetermined(text: str) -> None:
    info = detect_language(text)
    assert info.language == UNDETERMINED and info.languages == () and not info.mixed


def test_an_english_article_with_long_french_passages_mixes_languages() -> None:
    text = SEED_TEXTS[0] + "\n\n" + "\n\n".join(FRENCH)
    info = detect_language(text)
    assert info.language == "en" and info.languages == ("en", "fr") and info.mixed


def test_a_short_foreign_quote_does_not_make_an_article_mixed() -> None:
    text = SEED_TEXTS[1] + "\n\n" + ITALIAN[0]
    assert detect_language(text).languages == ("en",)


def test_a_short_paragraph_in_another_script_makes_an_article_mixed() -> None:
    text = SEED_TEXTS[1] + "\n\n" + RUSSIAN[0]  # one Russian sentence: too short to count if it were Latin
    info = detect_language(text)
    assert len(RUSSIAN[0]) < language.SECOND_LANGUAGE_LETTERS and info.languages == ("en", "ru") and info.mixed
    assert language.script(RUSSIAN[0]) == "CYRILLIC" and language.script(ARABIC[0]) == "ARABIC"


def test_an_arabic_article_quoting_english_is_arabic_and_right_to_left() -> None:
    text = "\n\n".join(ARABIC) + "\n\nPutin said: “This is a gift.”"
    info = detect_language(text)
    assert info.language == "ar" and info.rtl


def test_a_broken_detector_gives_undetermined_and_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> Any:
        raise OSError("model file missing")

    monkeypatch.setattr(language, "_identifier", broken)
    with caplog.at_level(logging.WARNING, logger="summariser.load.language"):
        info = detect_language(ITALIAN_REPORT)
    assert info.language == UNDETERMINED and info.languages == ()
    assert "model file missing" in caplog.text


def test_a_cached_detection_is_not_repeated(monkeypatch: pytest.MonkeyPatch) -> None:
    store = DictStore()
    first = detect_language_cached(ITALIAN_REPORT, store)
    monkeypatch.setattr(language, "detect_language", lambda text: pytest.fail("detector called on a cache hit"))
    assert detect_language_cached(ITALIAN_REPORT, store) == first == detect_language_cached(ITALIAN_REPORT, store)
    assert all(key.startswith(language.RECIPE) for key in store.data)


def test_an_unreadable_cache_entry_is_a_miss() -> None:
    store = DictStore()
    detect_language_cached(ITALIAN_REPORT, store)
    key = next(iter(store.data))
    store.data[key] = {"language": "xx"}  # no 'languages', no 'rtl'
    assert detect_language_cached(ITALIAN_REPORT, store).language == "it"
    assert store.data[key]["languages"] == ["it"]


def test_classify_names_only_two_letter_codes() -> None:
    assert classify(" ".join(ITALIAN))[0] == "it"
    assert (
        classify("汉语有多种分支，当中官话最为流行，为中华人民共和国的国家通用语言（又称为普通话）")[0] == "zh"
    )  # py3langid says 'wuu'


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_detection_never_fails_and_is_consistent(text: str) -> None:
    info = detect_language(text)
    assert info.language == UNDETERMINED or len(info.language) == 2
    assert info.languages[:1] == (() if info.language == UNDETERMINED else (info.language,))
    assert len(set(info.languages)) == len(info.languages)


def test_a_store_that_cannot_write_costs_only_the_caching(caplog: pytest.LogCaptureFixture) -> None:
    class ReadOnly(DictStore):
        def set(self, key: str, value: dict[str, Any]) -> None:
            raise OSError("read-only file system")

    with caplog.at_level(logging.WARNING, logger="summariser.load.language"):
        assert detect_language_cached(ITALIAN_REPORT, ReadOnly()).language == "it"
    assert "read-only file system" in caplog.text
