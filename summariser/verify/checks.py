"""Which checks read a fact: the checker of its text's language (lang/registry.checker_for: the English
parse for English text, the checks that need no parser for any other language or an undetermined one).

An article whose language was never detected (language None: called outside the pipeline) is read
as English, as before detection existed. In an article that mixes languages, each line is read by
its own language: a line the detector cannot name takes the article's main language. Load found each line's
language once (Article.line_languages); the detector is asked again only for a span over several lines
(its lines read together) or an article that load did not detect.
"""

from collections.abc import Iterator

from summariser.lang.base import Checker
from summariser.lang.registry import checker_for, reader_for
from summariser.lang.xx.fallback import sentences
from summariser.load.articles import Article
from summariser.load.language import UNDETERMINED, line_language
from summariser.verify.safety import instruction_lines, overlaps

ENGLISH = "en"


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
    return language_at(article, start, end) == ENGLISH


def language_at(article: Article, start: int, end: int) -> str:
    """The language of the text at [start, end): its line's in an article that mixes languages (as load found
    it), else the article's main language."""
    if not mixed(article):
        return _main(article)
    text, last = article.text, max(end - 1, start)
    line = text.count("\n", 0, start)
    if article.line_languages and line == text.count("\n", 0, last):
        return article.line_languages[line]
    return line_language(_line(text, start, end), _main(article))  # several lines, or never detected by load


def checker(article: Article) -> Checker:
    """The checker that reads the whole article: its language's; an article that mixes languages is cut into
    sentences by the checks that need no parser, and each of its facts read by its line's (checker_at)."""
    return checker_for(None if mixed(article) else _main(article))


def checker_at(article: Article, start: int, end: int) -> Checker:
    """The checker of the text at [start, end) of the article: its line's language's."""
    return checker_for(language_at(article, start, end))


def known_foreign(article: Article, start: int, end: int) -> bool:
    """Whether the text at [start, end) is known to be in a language other than English (not 'und')."""
    return foreign_language(article, start, end) is not None


def foreign_language(article: Article, start: int, end: int) -> str | None:
    """The language of the text at [start, end) where it is known and not English; else None."""
    code = language_at(article, start, end)
    return None if code in (ENGLISH, UNDETERMINED) else code


def foreign_sentences(article: Article) -> Iterator[tuple[int, int, str]]:
    """(start, end, language) of each sentence known to be in a language other than English, as the
    multilingual segmenter cuts them, skipping lines that read as instructions to a model."""
    if not mixed(article) and foreign_language(article, 0, len(article.text)) is None:
        return  # one language throughout, and no foreign one: not cut into sentences at all
    suspect = instruction_lines(article.text)
    for start, end in sentences(article.text):
        code = foreign_language(article, start, end)
        if code is not None and not overlaps(start, end, suspect):
            yield start, end, code


def _line(text: str, start: int, end: int) -> str:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", max(end - 1, start))
    return text[first : len(text) if last < 0 else last]


def described(article: Article) -> list[str]:
    """The checks that read the article's facts, in words: those of the checker of each language it is read in
    (lang/registry.checker_for; one line per checker, the parsing ones first, each naming the lines it reads
    where an article mixes languages and checkers), then those of the reader of each language that a parser
    reads (lang/registry.reader_for), each line once."""
    codes = list(dict.fromkeys((_main(article), *article.languages))) if mixed(article) else [_main(article)]
    groups: dict[str, tuple[Checker, list[str]]] = {}
    for code in codes:
        reading = checker_for(code)
        groups.setdefault(reading.checks, (reading, []))[1].append(code)
    ordered = sorted(groups.values(), key=lambda group: not group[0].parses)
    lines = {code: f" ({c.lines(read)})" if len(ordered) > 1 else "" for c, read in ordered for code in read}
    listed = [f"{c.checks}{lines[read[0]]}" for c, read in ordered]
    listed += [f"{reader.checks}{lines[code]}" for code in codes if (reader := reader_for(code)) is not None]
    return list(dict.fromkeys(listed))
