"""Whole numbers as an article writes them in digits, in any language: "12,000", "12 000", "12.000",
"12'000" and Arabic-Indic "١٢٬٠٠٠" are all 12000. A separator followed by exactly three digits
groups thousands; any other ("1,5", "2.75") is a decimal point, and a decimal is no whole number.
Number words ("twelve", "dodici") belong to one language and are not read here.

Every count any reader takes from a text passes whole_number(), which refuses what it cannot read
exactly: exponents and powers ("10^400", "1×10^6", "1e6", "10⁶"), fractions ("2.5", "2½", "1/2")
where no scale word makes them whole, anything that would need rounding, and numbers longer than
MAX_DIGITS. A refused number is no number at all, never a part of one ("10^400" is not 400)."""

import re
import unicodedata
from functools import lru_cache

from summariser.names.scripts import LETTERS

MAX_DIGITS = 15
"""Digits a count may have (999,999,999,999,999 at most). No head count, arms count or number of
gifts comes near it (the world's population has ten digits); a longer run of digits is an
identifier, a misprint or an attack, and every count up to it stays exact where JSON is read as
doubles (2**53 has sixteen digits)."""
BESIDE = 8
"""Characters either side of a number that a reader passes to whole_number() to tell notation."""

_SEPARATORS = ",.\u00a0\u202f\u2009 '\u066c"  # thousands separators: comma, dot, (thin, no-break) space, ', Arabic
_NUMERAL = re.compile(
    rf"(?<![\d.,])\d{{1,3}}([{_SEPARATORS}])\d{{3}}(?:\1\d{{3}})*(?:[.,]\d+)?(?!\d)|(?<!\d)\d+(?:[.,]\d+)?(?!\d)"
)  # a decimal part stays with its number ("12,000.5" is one number, not 12,000 and 5)
_WRITTEN = re.compile(rf"\d+(?:[{_SEPARATORS}]\d+)*")
_RUN = re.compile(r"\d+")
_NOTATION_BEFORE = re.compile(r"(?:[\^×⋅∙]\s*|\d\s*(?:\*{1,2}|[xX·])\s*|\d[eE][+-]?|\d[/⁄])$")
_NOTATION_AFTER = re.compile(r"\s*[\^×⋅∙]|\s*\*{1,2}\s*\d|\s*[xX·]\s*\d|[eE][+-]?\d|[/⁄]\d|[.,]\d|[⁺⁻]")


def whole_number(
    written: str, *, scale: int = 1, point: str | None = None, before: str = "", after: str = ""
) -> int | None:
    """The whole number `written` states in digits (any script), times `scale` (1000 for "thousand"),
    or None where it states none exactly: not digits and separators alone, a fraction the scale does
    not make whole ("2.5", but "2.5 million" is 2500000), over MAX_DIGITS digits, or part of a notation
    that `before` and `after` (the text beside it) show ("10^400", "1×10^6", "1e6", "10⁶", "2½", "1/2").
    `point`: the decimal point where the language fixes it (English "."); else a separator followed by
    exactly three digits groups thousands, unless another separator already did."""
    if _in_notation(before, after) or not _WRITTEN.fullmatch(written):
        return None
    runs = _RUN.findall(written)
    marks = [written[end] for end in _ends(written)]
    fraction = ""
    if marks and (marks[-1] == point or _decimal(marks, runs, point)):
        fraction, runs, marks = runs[-1], runs[:-1], marks[:-1]
    if point in marks or len(set(marks)) > 1 or len(runs[0]) > (3 if marks else MAX_DIGITS):
        return None  # "1.000.5" in English, mixed grouping, "1234,567"
    if any(len(run) != 3 for run in runs[1:]) or len(runs[0]) + 3 * len(marks) + len(fraction) > MAX_DIGITS:
        return None
    numerator = int("".join(str(unicodedata.digit(ch)) for ch in "".join(runs) + fraction)) * scale
    value, rest = divmod(numerator, 10 ** len(fraction))
    return value if rest == 0 and value < 10**MAX_DIGITS else None


def _ends(written: str) -> list[int]:
    """Offsets of the separators between the runs of digits of a written number."""
    return [m.end() for m in _RUN.finditer(written)][:-1]


def _decimal(marks: list[str], runs: list[str], point: str | None) -> bool:
    """Whether the last separator is a decimal point, where no language fixes which one is: a dot or
    comma not followed by exactly three digits, or one unlike the separators grouping before it."""
    last = marks[-1]
    return point is None and last in ".," and (len(runs[-1]) != 3 or any(m != last for m in marks[:-1]))


def _in_notation(before: str, after: str) -> bool:
    """Whether the text beside a number makes it part of a notation (a power, an exponent, a fraction,
    a superscript), so that it is no number by itself."""
    beside = before[-1:] + after[:1]
    return (
        bool(_NOTATION_BEFORE.search(before) or _NOTATION_AFTER.match(after))
        or any(unicodedata.category(ch) == "No" for ch in beside)  # "10⁶", "2½", "²3"
    )


def numbers(text: str) -> list[tuple[int, str]]:
    """Whole numbers written in digits (any script), with their wording: '12 000' -> (12000, '12 000');
    a decimal ('1,5') is no whole number and left out."""
    return [(value, written) for value, written, _ in _in_digits(text)]


def _in_digits(text: str) -> list[tuple[int, str, int]]:
    """numbers(), each with its offset in the text."""
    found: list[tuple[int, str, int]] = []
    for match in _NUMERAL.finditer(text):
        start, end = match.span()
        value = whole_number(match.group(), before=text[max(0, start - BESIDE) : start], after=text[end : end + BESIDE])
        if value is not None:
            found.append((value, match.group(), start))
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
        value = None if occurrence.is_ordinal else whole_number(str(occurrence.value))  # "deux virgule cinq": 2.5
        if value is not None:
            spelled.append((value, text[start:end], start))
    return spelled


def numbers_at(text: str, code: str | None = None) -> list[tuple[int, str, int]]:
    """Every whole number of a text with its wording and offset, in the order of the text: in digits,
    and spelled out in language `code` where one is given."""
    spelled = spelled_numbers(text, code) if code else []
    return sorted([*_in_digits(text), *spelled], key=lambda n: n[2])


_TOKEN = re.compile(r"\w+(?:-\w+)*|[^\w\s]")  # "vingt-cinq" one token; "d'une" two, as "d’une" is


def _declined_numbers(text: str, code: str) -> list[tuple[int, str, int]]:
    """Runs of number words, each read whole ("двадцать пять" is 25, not 20 and 5); a multiplier after
    digits ("12 тысяч") is part of a number in digits, left to numbers()."""
    words = list(LETTERS.finditer(text))
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
    return whole_number(str(value)) if isinstance(value, int) else None


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
