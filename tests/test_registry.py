"""The language registry (lang/registry.py): which reader and which checker each language code gets, and that
each one registered implements its interface (lang/base.py)."""

import pytest

from summariser.lang.base import Checker, Counted, Name, Reader
from summariser.lang.en.reader import EnglishChecker, EnglishReader
from summariser.lang.pt.checker import TranslatedChecker
from summariser.lang.registry import CHECKERS, READERS, checker_for, reader_for
from summariser.lang.xx import fallback
from summariser.lang.xx.fallback import Fallback
from summariser.load.articles import Article
from summariser.schemas import Actor, Gift
from summariser.verify import checks


def test_english_french_russian_and_portuguese_have_readers_and_no_other_language_does() -> None:
    assert isinstance(reader_for("en"), EnglishReader)
    codes = ["en", "fr", "pt", "ru"]
    assert [getattr(reader_for(code), "code", None) for code in codes] == codes
    assert sorted(READERS) == codes
    for code in ("it", "ko", "und", "", None):
        assert reader_for(code) is None


def test_english_is_checked_by_its_parse_portuguese_by_its_translation_and_others_by_the_fallback() -> None:
    assert isinstance(checker_for("en"), EnglishChecker) and checker_for("en").parses
    assert list(CHECKERS) == ["en", "pt"] and isinstance(checker_for("pt"), TranslatedChecker)
    for code in ("fr", "ru", "it", "ko"):
        assert checker_for(code) == Fallback(code) and not checker_for(code).parses
    assert checker_for("und") == Fallback(None) and checker_for(None) == Fallback(None)


@pytest.mark.parametrize("code", sorted(READERS))
def test_every_registered_reader_is_a_reader_of_its_own_code(code: str) -> None:
    reader = READERS[code]
    assert isinstance(reader, Reader)
    assert reader.code == code and reader.checks


@pytest.mark.parametrize("code", ["en", "fr", "pt", None])
def test_every_checker_is_a_checker_of_its_code(code: str | None) -> None:
    checker = checker_for(code)
    assert isinstance(checker, Checker)
    assert checker.code == code and checker.checks


def test_the_english_reader_reads_names_gifts_and_counts_from_the_parse() -> None:
    reader = READERS["en"]
    sentence = "Russia has sent a gift of more than 70 animals, including an African lion and two bears, to Kim."
    gifts = [(g.lemma, g.value, g.written, sentence[g.start : g.end]) for g in reader.gifts(sentence)]
    assert gifts == [("animal", 70, "more than 70", "animals"), ("lion", 1, "an", "lion"), ("bear", 2, "two", "bears")]
    assert reader.gives(sentence) and not reader.gives("The Pentagon said up to 12,000 troops were deployed.")
    assert reader.counts("The Pentagon said up to 12,000 troops were deployed.") == [
        Counted(12000, "12,000", 24, "troop")
    ]
    assert reader.gifts("Putin did not give Kim 24 horses.") == []  # a giving that did not happen
    assert reader.gifts("He gave a speech to the United Nations.") == []  # no thing, no number, no gift text
    said = "President Vladimir Putin met Kim Jong Un in Pyongyang."
    assert reader.names(said) == [Name(10, 24, "person", "Vladimir Putin"), Name(29, 40, "person", "Kim Jong Un")]


def test_the_checkers_read_a_fact_as_the_modules_they_stand_for_do() -> None:
    sentence = "Putin gave Kim 24 horses."
    gift = Gift(
        item="horses", quantity=24, quantity_text="24", giver=None, recipient=None, from_institution=None,
        to_institution=None, transport=None, date=None, evidence=sentence,
    )  # fmt: skip
    english = checker_for("en").read(gift, sentence, "")
    assert english is not None and english[0].quantity == 24 and english[1].head == "horse"
    italian = "Putin ha regalato 24 cavalli a Kim."
    assert checker_for("it").read(gift, italian, "") == fallback.read(gift, italian, "", language="it")
    assert checker_for("it").read(gift, "Putin ha visto 24 cavalli.", "") is None  # no word of giving
    actor = Actor(name="Dmitry Peskov", role=None, organisation=None, country=None, said="no", evidence="x")
    assert checker_for("en").speaks(actor, '"No," Dmitry Peskov said.', "")
    assert not checker_for("ru").speaks(actor, "Путин сказал: нет.", "")
    assert checker_for("ru").speaks(actor, "Песков сказал: «no».", "")


def test_an_article_is_read_by_the_checker_of_its_language_and_a_mixed_one_by_each_line_s() -> None:
    english = "Putin gave Kim 24 horses."
    russian = "Президент России Владимир Путин подарил лидеру КНДР Ким Чен Ыну 24 лошади орловской породы."
    mixed = Article(id="m", text=f"{english}\n{russian}", language="en", languages=("en", "ru"))
    assert checks.checker(Article(id="e", text=english, language="en", languages=("en",))) == checker_for("en")
    assert checks.checker(Article(id="u", text=english)) == checker_for("en")  # never detected: read as English
    assert checks.checker(Article(id="r", text=russian, language="ru", languages=("ru",))) == Fallback("ru")
    assert checks.checker(mixed) == Fallback(None)  # cut by the multilingual segmenter as a whole
    assert checks.checker_at(mixed, 0, len(english)) == checker_for("en")
    assert checks.checker_at(mixed, len(english) + 1, len(mixed.text)) == Fallback("ru")
    short = Article(id="s", text=f"{english}\nПутин подарил.", language="en", languages=("en", "ru"))
    assert checks.checker_at(short, len(english) + 1, len(short.text)) == checker_for("en")  # undetermined: main


def test_the_brief_lists_each_checker_once_the_parsing_one_first_with_its_lines_where_they_differ() -> None:
    english, french = checker_for("en").checks, READERS["fr"].checks
    text = "Putin gave Kim 24 horses.\nPoutine a offert 24 chevaux à Kim."
    both = Article(id="m", text=text, language="fr", languages=("fr", "en"))  # French first: English still leads
    assert checks.described(both) == [
        f"{english} (English lines)",
        f"{fallback.CHECKS} (lines in fr)",
        f"{french} (lines in fr)",
    ]
    foreign = Article(id="f", text=text, language="fr", languages=("fr", "ru"))  # one checker: no lines named
    assert checks.described(foreign) == [fallback.CHECKS, french, READERS["ru"].checks]
    assert checks.described(Article(id="i", text=text, language="it", languages=("it",))) == [fallback.CHECKS]
