"""The thing a parsed noun names, by the lexicon of things (lang/concepts.py)."""

from summariser.lang.base import Word
from summariser.lang.concepts import thing


def thing_of(word: Word, code: str) -> str | None:
    """The thing (emoji) a noun names, by its lemma or as written (lang/concepts.py), or by the first part
    of a compound that does ("уток-мандаринок": ducks)."""
    forms = (word.lemma, word.text, *word.lemma.split("-"), *word.text.split("-"))
    return next((e for f in forms if (e := thing(f, code)) is not None), None)
