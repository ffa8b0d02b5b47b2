"""Readers of languages other than English that a real parser and NER model read, one per language code,
behind one interface (base.Reader): French (spaCy fr_core_news_sm) and Russian (natasha, pymorphy3). Text
of a language with a reader has its names, gifts and counts read from the parse (frames.py); text of any
other language keeps the checks that need no parser (lang/xx/fallback.py, enrich/proper.py's names by
shape). English (lang/en/nlp/) and Korean (lang/ko/korean.py) keep their own modules for now.

Importing this package loads no model: each reader loads its own on first use."""

from summariser.lang.base import Reader
from summariser.lang.fr import reader as french
from summariser.lang.ru import reader as russian

__all__ = ["READERS", "Reader", "reader_for"]

READERS: dict[str, Reader] = {r.code: r for r in (french.READER, russian.READER)}


def reader_for(code: str | None) -> Reader | None:
    """The reader of a language, None where no parser reads it."""
    return READERS.get(code or "")
