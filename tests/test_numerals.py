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
    assert spelled_numbers("двух бурых медведей", "ru") == []  # a language text2num does not read
    listed = "due orsi, 25 fagiani e cinque cacatua"
    assert numbers_at(listed, "it") == [(2, "due", 0), (25, "25", 10), (5, "cinque", 23)]
