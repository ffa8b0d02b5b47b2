"""Whole numbers as articles write them (load/numerals.py): digits in any script, and numbers spelled
out in the languages text2num reads."""

from summariser.load.numerals import numbers, numbers_at, spelled_numbers


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
