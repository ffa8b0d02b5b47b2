"""Find a quoted piece of evidence in an article and return its exact character offsets.

Three steps, in order: exact match; match after normalising whitespace, quotes and dashes;
fuzzy alignment (rapidfuzz) above a threshold. Whatever step matched, the span returned is a
slice of the original text, so a cited quote is always verbatim.
"""

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz

MIN_EVIDENCE_CHARS = 8

_CHAR_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}  # fmt: skip


@dataclass(frozen=True)
class Span:
    """Offsets [start, end) of evidence in a text, and how it was found."""

    start: int
    end: int
    method: Literal["exact", "normalised", "fuzzy", "recited", "nlp"]  # recited, nlp: a sentence code picked
    score: float


def normalise(text: str) -> tuple[str, list[int]]:
    """Fold quotes, dashes, case and runs of whitespace; return the new text and, per character, its
    offset in the original."""
    out: list[str] = []
    index: list[int] = []
    previous_space = False
    for i, ch in enumerate(text):
        ch = _CHAR_MAP.get(ch, ch)
        if ch.isspace():
            if previous_space:
                continue
            ch = " "
            previous_space = True
        else:
            previous_space = False
        lowered = ch.lower()
        if len(lowered) != 1:
            lowered = ch
        out.append(lowered)
        index.append(i)
    return "".join(out), index


@lru_cache(maxsize=64)
def _normalised_article(text: str) -> tuple[str, list[int]]:
    """`normalise` of an article, kept: every quote of a reply is searched in the same text."""
    return normalise(text)


def locate(evidence: str, text: str, *, threshold: float = 90.0) -> Span | None:
    """Where `evidence` occurs in `text`, or None when it cannot be found well enough."""
    quote = evidence.strip()
    if len(quote) < MIN_EVIDENCE_CHARS:
        return None
    start = text.find(quote)
    if start >= 0:
        return Span(start, start + len(quote), "exact", 100.0)
    norm_quote, _ = normalise(quote)
    norm_quote = norm_quote.strip()
    norm_text, index = _normalised_article(text)
    found = norm_text.find(norm_quote)
    if found >= 0:
        return Span(index[found], index[found + len(norm_quote) - 1] + 1, "normalised", 100.0)
    alignment = fuzz.partial_ratio_alignment(norm_quote, norm_text, score_cutoff=threshold)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    begin = alignment.dest_start
    end = alignment.dest_end
    while begin < end and norm_text[begin] == " ":
        begin += 1
    while end > begin and norm_text[end - 1] == " ":
        end -= 1
    while begin > 0 and norm_text[begin - 1].isalnum() and norm_text[begin].isalnum():
        begin -= 1  # widen to whole words: alignment can clip a letter at either edge
    while end < len(norm_text) and norm_text[end].isalnum() and norm_text[end - 1].isalnum():
        end += 1
    if end - begin < MIN_EVIDENCE_CHARS:
        return None
    # partial_ratio scores the best window of the quote's length; the whole quote must also match
    # that window, or a long paraphrase could borrow a short true fragment.
    score = fuzz.ratio(norm_quote, norm_text[begin:end])
    if score < threshold:
        return None
    return Span(index[begin], index[end - 1] + 1, "fuzzy", round(score, 1))
