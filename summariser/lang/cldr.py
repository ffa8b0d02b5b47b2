"""Words Unicode CLDR gives every language it covers (babel), by lemma: the names of the world's current
currencies ("доллар США" -> "доллар", "сша"; "dollaro statunitense"; "euro") and the names of the months and
days of the week ("octobre", "октября", "lundi"). A sum of money that hangs under another noun is that thing's
price or value, never a thing given ("ожерелье стоимостью 12 500 долларов"); a month is no thing at all, and the
number before it is a day ("le 11 octobre 2017")."""

from datetime import date
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_territory_currencies

from summariser.lang.lexicon import has_dictionary, lemma
from summariser.lang.words import WORD

IN_USE_ON = date(2026, 1, 1)
"""The day whose currencies count (a fixed day, so that a brief never depends on the day it is made)."""


@cache
def _current_currencies() -> frozenset[str]:
    """The ISO codes of the currencies some territory used on IN_USE_ON."""
    return frozenset(
        c for t in Locale("en").territories for c in get_territory_currencies(str(t), IN_USE_ON, IN_USE_ON)
    )


def _locale(code: str) -> Locale | None:
    """CLDR's data for language `code`, or None where it has none."""
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def _with_lemmas(words: set[str], code: str) -> frozenset[str]:
    """Lower-case words and, where the language has a dictionary, their lemmas."""
    return frozenset(words | ({lemma(w, code) for w in words} if has_dictionary(code) else set()))


@cache
def money_words(code: str) -> frozenset[str]:
    """The lower-case words, and their lemmas, of the names language `code` gives current currencies."""
    locale = _locale(code)
    if locale is None:
        return frozenset()
    names = locale.currencies
    return _with_lemmas(
        {w.lower() for iso in _current_currencies() if (name := names.get(iso)) for w in WORD.findall(name)}, code
    )


_WIDTHS = frozenset({"wide", "abbreviated"})
"""The forms of month and day names read ("octobre", "oct."), not the narrow one-letter forms."""


@cache
def calendar_words(code: str) -> frozenset[str]:
    """The lower-case names of the months and days of the week in language `code` (every form CLDR writes them
    in, as in a date and alone), and their lemmas."""
    locale = _locale(code)
    if locale is None:
        return frozenset()
    names = {name.lower() for table in (locale.months, locale.days) for context in table.values()
             for width, named in context.items() if width in _WIDTHS for name in named.values()}  # fmt: skip
    return _with_lemmas(names, code)


def is_money(word: str, word_lemma: str, code: str) -> bool:
    """Whether a word (as written, or by its lemma) is a word of a currency's name in language `code`."""
    return not money_words(code).isdisjoint({word.lower(), word_lemma.lower()})


def is_calendar(word: str, word_lemma: str, code: str) -> bool:
    """Whether a word (as written, or by its lemma) names a month or a day of the week in language `code`."""
    return not calendar_words(code).isdisjoint({word.lower(), word_lemma.lower()})
