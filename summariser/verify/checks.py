"""Which checks read a fact: the English parse (lang/en/reading.py) for English text, the fallback checks
(lang/xx/fallback.py) for any other language or an undetermined one.

An article whose language was never detected (language None: called outside the pipeline) is read
as English, as before detection existed. In an article that mixes languages, each line is read by
its own language: a line the detector cannot name takes the article's main language.
"""

from collections.abc import Iterator
from functools import lru_cache

from summariser.lang.registry import reader_for
from summariser.lang.xx.fallback import CHECKS as FALLBACK_CHECKS
from summariser.lang.xx.fallback import sentences
from summariser.load.articles import Article
from summariser.load.language import UNDETERMINED, classify
from summariser.verify.safety import instruction_lines, overlaps

ENGLISH = "en"
ENGLISH_CHECKS = "English parse: counted noun, claimant, speaker, person or organisation; re-citation; NLP finds"


def _main(article: Article) -> str:
    return ENGLISH if article.language is None else article.language


def mixed(article: Article) -> bool:
    """Whether the article holds substantial parts in more than one language."""
    return len(article.languages) > 1


def english(article: Article) -> bool:
    """Whether the whole article is read by the English parse."""
    return _main(article) == ENGLISH and not mixed(article)


def english_anywhere(article: Article) -> bool:
    """Whether any part of the article is read by the English parse."""
    return _main(article) == ENGLISH or ENGLISH in article.languages


def english_at(article: Article, start: int, end: int) -> bool:
    """Whether the text at [start, end) of the article is read by the English parse (its line's language)."""
    if not mixed(article):
        return english(article)
    return line_language(_line(article.text, start, end), _main(article)) == ENGLISH


def known_foreign(article: Article, start: int, end: int) -> bool:
    """Whether the text at [start, end) is known to be in a language other than English (not 'und')."""
    return foreign_language(article, start, end) is not None


def foreign_language(article: Article, start: int, end: int) -> str | None:
    """The language of the text at [start, end) where it is known and not English; else None."""
    main = _main(article)
    code = line_language(_line(article.text, start, end), main) if mixed(article) else main
    return None if code in (ENGLISH, UNDETERMINED) else code


def foreign_sentences(article: Article) -> Iterator[tuple[int, int, str]]:
    """(start, end, language) of each sentence known to be in a language other than English, as the
    multilingual segmenter cuts them, skipping lines that read as instructions to a model."""
    suspect = instruction_lines(article.text)
    for start, end in sentences(article.text):
        code = foreign_language(article, start, end)
        if code is not None and not overlaps(start, end, suspect):
            yield start, end, code


def _line(text: str, start: int, end: int) -> str:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", max(end - 1, start))
    return text[first : len(text) if last < 0 else last]


@lru_cache(maxsize=1024)
def line_language(line: str, main: str) -> str:
    """The language of one line of a mixed article; `main` when the detector cannot name it."""
    code, _ = classify(line)
    return main if code == UNDETERMINED else code


def described(article: Article) -> list[str]:
    """The checks that read the article's facts, in words: with those of the reader of each language that a
    parser reads (lang/registry.py)."""
    if english(article):
        return [ENGLISH_CHECKS]
    if not mixed(article) or not english_anywhere(article):
        return [FALLBACK_CHECKS, *_readers_checks(article, "")]
    others = ", ".join(code for code in article.languages if code != ENGLISH)
    lines = f" (lines in {others})"
    return [f"{ENGLISH_CHECKS} (English lines)", f"{FALLBACK_CHECKS}{lines}", *_readers_checks(article, lines)]


def _readers_checks(article: Article, suffix: str) -> list[str]:
    """The checks of the readers of the article's languages other than English, each with `suffix`."""
    codes = dict.fromkeys(c for c in (_main(article), *article.languages) if c != ENGLISH)
    return [f"{reader.checks}{suffix}" for code in codes if (reader := reader_for(code)) is not None]
