"""An article as every later stage reads it, built once by load: the article, its chunks (cut at sentence
ends, so one request reads a bounded text) and, once detected, its language, with each line's language where
the article mixes languages (also on Article.line_languages, since the checks are handed articles). Budgets,
prompts and the checks read these instead of cutting or detecting again.

It deliberately holds nothing that needs a language's parser: the names in a sentence and the sentences a
fact is read in come from each language's reader and checker (lang/registry), a layer above load, and are
cached there by text. Nor the numbers: each reader counts them in its own unit (its checker's sentences, a
parse's words; link/translation reads each whole text once), and what a number is depends on the text beside
it (load/numerals.BESIDE: "5 x" before a line's "3" makes it no count), so numbers found once over the whole
text would differ at sentence edges from those of a sentence. Reprint and translation links join articles,
so they belong to link/, not to one article's Document."""

import re
from dataclasses import dataclass, replace

from summariser.load.articles import Article
from summariser.load.language import LanguageInfo, Store, detect_language_cached

_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)\]]*\s+|\n\s*\n")


@dataclass(frozen=True)
class Document:
    """One article with what load found in it once: its chunks (offset, text) and its language."""

    article: Article
    chunks: tuple[tuple[int, str], ...]
    language: LanguageInfo | None = None  # None until detected (detected_languages)


def documents(articles: list[Article], chunk_chars: int) -> list[Document]:
    """Each article as a document, cut into chunks of at most `chunk_chars`."""
    return [Document(a, tuple(chunk(a.text, chunk_chars))) for a in articles]


def detected_languages(docs: list[Document], store: Store | None) -> list[Document]:
    """The documents with their language detected (remembered in `store`), on the article too, with the
    language of each line where the article mixes languages (what verify/checks.py reads)."""
    found = []
    for doc in docs:
        info = detect_language_cached(doc.article.text, store)
        article = replace(doc.article, language=info.language, languages=info.languages, line_languages=info.lines)
        found.append(replace(doc, article=article, language=info))
    return found


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of each sentence (or paragraph) in the text, whitespace excluded."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _SENTENCE_END.finditer(text):
        spans.extend(_trimmed(text, position, match.start() + len(match.group(0).rstrip())))
        position = match.end()
    spans.extend(_trimmed(text, position, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


def chunk(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Split text into chunks of at most max_chars that end on sentence boundaries.

    Returns (offset in text, chunk text) pairs; a single sentence longer than max_chars is cut
    at the last space before the limit.
    """
    if len(text) <= max_chars:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start: int | None = None
    end = 0
    for s_start, s_end in _bounded(sentence_spans(text), text, max_chars):
        if start is not None and s_end - start > max_chars:
            chunks.append((start, text[start:end]))
            start = None
        if start is None:
            start = s_start
        end = s_end
    if start is not None:
        chunks.append((start, text[start:end]))
    return chunks


def _bounded(spans: list[tuple[int, int]], text: str, max_chars: int) -> list[tuple[int, int]]:
    """Cut any span longer than max_chars at spaces so every piece fits."""
    pieces: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > max_chars:
            cut = text.rfind(" ", start + 1, start + max_chars)
            if cut <= start:
                cut = start + max_chars
            pieces.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            pieces.append((start, end))
    return pieces
