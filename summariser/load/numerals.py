"""Whole numbers as an article writes them in digits, in any language: "12,000", "12 000", "12.000",
"12'000" and Arabic-Indic "١٢٬٠٠٠" are all 12000. A separator followed by exactly three digits
groups thousands; any other ("1,5", "2.75") is a decimal point, and a decimal is no whole number.
Number words ("twelve", "dodici") belong to one language and are not read here."""

import re
import unicodedata
from functools import lru_cache

_SEPARATORS = ",.\u00a0\u202f\u2009 '\u066c"  # thousands separators: comma, dot, (thin, no-break) space, ', Arabic
_NUMERAL = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[{_SEPARATORS}]\d{{3}})+(?!\d)|(?<!\d)\d+(?:[.,]\d+)?(?!\d)")
_GROUPED = re.compile(rf"\d{{1,3}}(?:[{_SEPARATORS}]\d{{3}})+")


def numbers(text: str) -> list[tuple[int, str]]:
    """Whole numbers written in digits (any script), with their wording: '12 000' -> (12000, '12 000');
    a decimal ('1,5') is no whole number and left out."""
    return [(value, written) for value, written, _ in _in_digits(text)]


def _in_digits(text: str) -> list[tuple[int, str, int]]:
    """numbers(), each with its offset in the text."""
    found: list[tuple[int, str, int]] = []
    for match in _NUMERAL.finditer(text):
        written = match.group()
        digits = re.sub(r"\D", "", written) if _GROUPED.fullmatch(written) else written
        if not digits.isdigit():
            continue  # a decimal: "1,5", "2.75"
        found.append((int("".join(str(unicodedata.digit(ch)) for ch in digits)), written, match.start()))
    return found


DECLINED = frozenset({"ru", "uk"})
"""Languages whose number words decline ("двух", "двумя"): read by number-parser, word run by word run."""
MAX_NUMBER_WORDS = 4
"""Words one spelled-out number may take ("двадцать пять", "сто двадцать пять")."""


def spelled_numbers(text: str, code: str) -> list[tuple[int, str, int]]:
    """Whole numbers spelled out in language `code`, with their wording and offset: "due orsi" -> (2,
    "due", 0), "vingt-cinq" -> 25, "двух бурых медведей" -> 2, "двадцать пять" -> 25; ordinals left out;
    [] in a language neither library reads. text2num reads en, fr, es, pt, de, it and nl; number-parser
    reads Russian and Ukrainian, case endings included."""
    if code in DECLINED:
        return _declined_numbers(text, code)
    from text_to_num import find_numbers  # deferred: only text read without a parse needs it

    tokens = [_Token(m) for m in _TOKEN.finditer(text)]
    try:
        found = find_numbers(tokens, code, 0.0)
    except ValueError:  # a language text2num does not read
        return []
    spelled: list[tuple[int, str, int]] = []
    for occurrence in found:
        start, end = tokens[occurrence.start].match.start(), tokens[occurrence.end - 1].match.end()
        if not occurrence.is_ordinal and float(occurrence.value).is_integer():
            spelled.append((int(occurrence.value), text[start:end], start))
    return spelled


def numbers_at(text: str, code: str | None = None) -> list[tuple[int, str, int]]:
    """Every whole number of a text with its wording and offset, in the order of the text: in digits,
    and spelled out in language `code` where one is given."""
    spelled = spelled_numbers(text, code) if code else []
    return sorted([*_in_digits(text), *spelled], key=lambda n: n[2])


_TOKEN = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")
_NUMBER_WORD = re.compile(r"[^\W\d_]+")


def _declined_numbers(text: str, code: str) -> list[tuple[int, str, int]]:
    """Runs of number words, each read whole ("двадцать пять" is 25, not 20 and 5); a multiplier after
    digits ("12 тысяч") is part of a number in digits, left to numbers()."""
    words = list(_NUMBER_WORD.finditer(text))
    found: list[tuple[int, str, int]] = []
    i = 0
    while i < len(words):
        if _word_value(words[i].group(), code) is None or re.search(r"\d\s*$", text[: words[i].start()]):
            i += 1
            continue
        end = i + 1
        while (
            end < len(words)
            and end - i < MAX_NUMBER_WORDS
            and text[words[end - 1].end() : words[end].start()].isspace()
            and _word_value(words[end].group(), code) is not None
        ):
            end += 1
        start, stop = words[i].start(), words[end - 1].end()
        value = _word_value(text[start:stop], code) if end - i > 1 else None
        if value is None:  # one word, or a run that reads as no one number ("пять двадцать")
            end, stop, value = i + 1, words[i].end(), _word_value(words[i].group(), code)
        if value is not None:
            found.append((value, text[start:stop], start))
        i = end
    return found


@lru_cache(maxsize=4096)
def _word_value(words: str, code: str) -> int | None:
    from number_parser import parse_number  # deferred, as text2num

    value = parse_number(words.lower(), language=code)
    return value if isinstance(value, int) else None


class _Token:
    """A word or punctuation mark of a text, as text2num's find_numbers reads tokens."""

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match

    def text(self) -> str:
        return self.match.group()

    def nt_separated(self, previous: object) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False
