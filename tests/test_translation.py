"""Translations are found by their numbers and names in the same order; independent reports of the
same event in another language are not."""

from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.lang.xx import stated
from summariser.link.syndication import group_reports
from summariser.link.translation import anchors, find_translations, in_order, join_translations
from summariser.load.numerals import numbers_at

from .multilingual import ARABIC, ENGLISH, ITALIAN, ITALIAN_OWN, RUSSIAN

TEXTS = {"en": ENGLISH, "it": ITALIAN, "it-own": ITALIAN_OWN, "ar": ARABIC, "ru": RUSSIAN}
LANGUAGES = {"en": "en", "it": "it", "it-own": "it", "ar": "ar", "ru": "ru"}


def pairs(texts: dict[str, str], languages: dict[str, str]) -> dict[tuple[str, str], bool]:
    return {t.article_ids: t.shown for t in find_translations(texts, languages)}


def test_a_translation_keeps_numbers_and_names_in_order() -> None:
    numbers, names = anchors(ITALIAN)
    assert numbers == [70, 20, 70, 2, 25, 40, 24, 12000, 3000]  # "12.000" is twelve thousand
    assert ["alexander", "kozlov"] == names[names.index("alexander") : names.index("alexander") + 2]
    assert anchors(RUSSIAN)[0] == numbers  # "12 000"
    found = find_translations({"en": ENGLISH, "it": ITALIAN}, {"en": "en", "it": "it"})
    assert len(found) == 1 and found[0].shown
    assert (found[0].numbers_in_order, found[0].numbers) == (9, 9)


def test_an_independent_report_of_the_same_event_is_no_translation() -> None:
    # it shares 70, 25, 2 and 12,000 and the names Kozlov, Putin and Kim with the English report
    assert pairs({"en": ENGLISH, "it-own": ITALIAN_OWN}, {"en": "en", "it-own": "it"}) == {}
    assert pairs({"it": ITALIAN, "it-own": ITALIAN_OWN}, {"it": "it", "it-own": "it"}) == {}


def test_what_code_cannot_show_is_only_a_possible_translation() -> None:
    found = pairs(TEXTS, LANGUAGES)
    assert found[("ar", "en")] is False  # Arabic has no capitals: its names cannot be compared
    assert found[("en", "ru")] is False  # Pkhenyan is not Pyongyang: too few names match
    assert found[("en", "it")] is True
    assert not any(key for key in found if "it-own" in key)
    undetermined = pairs({"en": ENGLISH, "x": ITALIAN}, {"en": "en", "x": "und"})
    assert undetermined == {("en", "x"): False}


def test_one_language_is_never_a_translation() -> None:
    assert pairs({"a": ENGLISH, "b": ENGLISH + " More."}, {"a": "en", "b": "en"}) == {}


def test_a_shown_translation_joins_the_report_of_its_original() -> None:
    reprint = ENGLISH.replace("MOSCOW", "LONDON (Herald)")
    texts = {"en": ENGLISH, "herald": reprint, "it": ITALIAN, "it-own": ITALIAN_OWN}
    languages = {"en": "en", "herald": "en", "it": "it", "it-own": "it"}
    syndication = group_reports(texts)
    assert syndication.report_of["it"] == "it"
    joined = join_translations(syndication, texts, find_translations(texts, languages))
    assert joined.report_of == {"en": "en", "herald": "en", "it": "en", "it-own": "it-own"}
    (group,) = joined.groups
    assert group.article_ids == ("en", "herald", "it") and group.translation
    assert group.similarity < 0.1  # a translation shares no text


def test_in_order_is_the_longest_common_subsequence() -> None:
    assert in_order([1, 2, 3, 4], [1, 3, 2, 4], lambda a, b: a == b) == 3
    assert in_order([], [1], lambda a, b: a == b) == 0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_anchors_and_checks_never_fail_on_any_text(a: str, b: str) -> None:
    find_translations({"a": a + " 1 22 333 4 444", "b": b + " 1 22 333 4 444"}, {"a": "en", "b": "und"})
    numbers_at(a, "it")
    stated.names(a or "x", b)
    stated.amount(12, a, b, "it")  # spelled numbers read too
