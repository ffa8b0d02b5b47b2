"""Whole numbers as articles write them (load/numerals.py): digits in any script, and numbers spelled
out in the languages text2num reads."""

import pytest

from summariser.load.numerals import MAX_DIGITS, numbers, numbers_at, spelled_numbers, whole_number


def test_digits_in_any_grouping_and_script_and_no_decimals() -> None:
    assert numbers("12,000 / 12 000 / 12.000 / ١٢٬٠٠٠ / 1,5") == [
        (12000, "12,000"), (12000, "12 000"), (12000, "12.000"), (12000, "١٢٬٠٠٠"),
    ]  # fmt: skip


def test_spelled_numbers_with_their_wording_and_offset_in_the_languages_text2num_reads() -> None:
    text = "un lion, deux ours bruns, vingt-cinq faisans et le premier canard"
    assert spelled_numbers(text, "fr") == [(1, "un", 0), (2, "deux", 9), (25, "vingt-cinq", 26)]  # no ordinal
    assert spelled_numbers("ein Löwe", "ko") == []  # a language neither library reads
    listed = "due orsi, 25 fagiani e cinque cacatua"
    assert numbers_at(listed, "it") == [(2, "due", 0), (25, "25", 10), (5, "cinque", 23)]


def test_declined_number_words_are_read_whole_and_a_multiplier_after_digits_is_left_alone() -> None:
    listed = "двух бурых медведей, пять белых какаду, двадцать пять фазанов и сорок уток"
    expected = [(2, "двух"), (5, "пять"), (25, "двадцать пять"), (40, "сорок")]
    assert spelled_numbers(listed, "ru") == [(v, w, listed.index(w)) for v, w in expected]
    assert spelled_numbers("в Курской области 12 тысяч военных", "ru") == []  # "тысяч" belongs to the 12


def test_a_number_after_a_decimal_keeps_its_own_offset() -> None:
    text = "1,5 tonnellate e 5 orsi"
    assert numbers_at(text) == [(5, "5", text.index(" 5 ") + 1)]  # not the 5 of "1,5"


def test_whole_number_reads_digits_exactly_or_not_at_all() -> None:
    assert [whole_number(w) for w in ("12,000", "12 000", "12.000", "١٢٬٠٠٠", "12'000", "0012")] == [
        12000, 12000, 12000, 12000, 12000, 12,
    ]  # fmt: skip
    assert [whole_number(w) for w in ("2.5", "1,5", "12,000.5", "1.000,5", "12,000.500", "1234,567")] == [None] * 6
    assert whole_number("12.000", point=".") == 12 and whole_number("1,5", point=".") is None  # not 15


def test_a_fraction_stands_only_where_its_scale_makes_it_whole() -> None:
    million = 1_000_000
    assert whole_number("1.2", scale=million, point=".") == 1_200_000
    assert whole_number("2.5", scale=million, point=".") == 2_500_000
    assert whole_number("1.234567", scale=million, point=".") == 1_234_567  # exact: 1,234,567
    assert whole_number("1.2345678", scale=million, point=".") is None  # 1,234,567.8 needs rounding
    assert whole_number("2.5", point=".") is None


@pytest.mark.parametrize(
    ("written", "before", "after"),
    [
        ("10", "", "^400"), ("400", "10^", ""), ("10", "", " ^ 400"), ("1×10", "", "^6"), ("10", "1 × ", "^6"),
        ("6", "1×10^", ""), ("1", "", "e6"), ("6", "1e", ""), ("5", "1.", "E+3"), ("10", "", "⁶"), ("10", "", "**6"),
        ("6", "10**", ""), ("2", "", "½"), ("1", "", "/2"), ("2", "1/", ""), ("12,000", "", ".5"), ("4", "", "x4"),
    ],
)  # fmt: skip
def test_a_number_that_is_part_of_a_notation_is_no_number(written: str, before: str, after: str) -> None:
    assert whole_number(written, before=before, after=after) is None


def test_numbers_too_long_to_be_a_count_are_refused_without_an_error() -> None:
    assert whole_number("9" * MAX_DIGITS) == int("9" * MAX_DIGITS)
    assert whole_number("1" + "0" * MAX_DIGITS) is None
    assert whole_number("1" + ",000" * 5) is None  # 16 digits, grouped
    assert whole_number("9" * 5000) is None  # over Python's 4,300-digit limit: no ValueError
    assert whole_number("1", scale=10**MAX_DIGITS) is None


def test_no_part_of_a_number_in_notation_is_read_as_one() -> None:
    text = "10^400 soldati, 1×10^6 carri, 1e6 persone, 10⁶ orsi, 2½ yak, 12,000.5 soldati e **3,000** fagiani"
    assert numbers(text) == [(3000, "3,000")]
    assert spelled_numbers("deux virgule cinq ours", "fr") == []  # 2.5: no whole number
