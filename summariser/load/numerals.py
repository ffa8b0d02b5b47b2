"""Whole numbers as an article writes them in digits, in any language: "12,000", "12 000", "12.000",
"12'000" and Arabic-Indic "١٢٬٠٠٠" are all 12000. A separator followed by exactly three digits
groups thousands; any other ("1,5", "2.75") is a decimal point, and a decimal is no whole number.
Number words ("twelve", "dodici") belong to one language and are not read here."""

import re
import unicodedata

_SEPARATORS = ",.\u00a0\u202f\u2009 '\u066c"  # thousands separators: comma, dot, (thin, no-break) space, ', Arabic
_NUMERAL = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[{_SEPARATORS}]\d{{3}})+(?!\d)|(?<!\d)\d+(?:[.,]\d+)?(?!\d)")
_GROUPED = re.compile(rf"\d{{1,3}}(?:[{_SEPARATORS}]\d{{3}})+")


def numbers(text: str) -> list[tuple[int, str]]:
    """Whole numbers written in digits (any script), with their wording: '12 000' -> (12000, '12 000');
    a decimal ('1,5') is no whole number and left out."""
    found: list[tuple[int, str]] = []
    for match in _NUMERAL.finditer(text):
        written = match.group()
        digits = re.sub(r"\D", "", written) if _GROUPED.fullmatch(written) else written
        if not digits.isdigit():
            continue  # a decimal: "1,5", "2.75"
        found.append((int("".join(str(unicodedata.digit(ch)) for ch in digits)), written))
    return found
