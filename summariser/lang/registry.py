"""The languages, one registry line each, behind the two interfaces of lang/base.py.

Readers (base.Reader: the names, gifts and counts of a sentence): English (spaCy en_core_web_sm, lang/en/),
French (spaCy fr_core_news_sm) and Russian (natasha, pymorphy3), read by the general frames of lang/frames/
over a Universal Dependencies parse; Portuguese through an offline translation read by the English reader
(lang/pt/reader.py). Text of a language without a reader keeps the
checks that need no parser (lang/xx/fallback.py). Korean
(lang/ko/korean.py: proper nouns by Kiwi, no parse of gifts or counts) is no Reader.

Checkers (base.Checker: a fact held against its sentence): English by its parse (lang/en/reading.py),
Portuguese by the English parse of its translation (lang/pt/checker.py); every other language, and text
whose language was not determined, by the fallback (lang/xx/fallback.py), bound to the language's code.

Importing this package loads no model: each reader loads its own on first use."""

from summariser.lang.base import Checker, Reader
from summariser.lang.en import reader as english
from summariser.lang.fr import reader as french
from summariser.lang.pt import checker as portuguese_checker
from summariser.lang.pt import reader as portuguese
from summariser.lang.ru import reader as russian
from summariser.lang.xx.fallback import Fallback
from summariser.load.language import UNDETERMINED

__all__ = ["CHECKERS", "READERS", "Checker", "Reader", "checker_for", "reader_for"]

READERS: dict[str, Reader] = {r.code: r for r in (english.READER, french.READER, russian.READER, portuguese.READER)}
CHECKERS: dict[str, Checker] = {english.CODE: english.CHECKER, portuguese.CODE: portuguese_checker.CHECKER}


def reader_for(code: str | None) -> Reader | None:
    """The reader of a language, None where no parser reads it."""
    return READERS.get(code or "")


def checker_for(code: str | None) -> Checker:
    """The checker of a language: its own where it has one (English's parse), else the checks that need no
    parser, bound to the language (to none where it was not determined: None or 'und')."""
    if code in CHECKERS:
        return CHECKERS[code]
    return Fallback(None if code in (None, UNDETERMINED) else code)
