"""Who states a claim in an English sentence ("according to the Pentagon", "X said", never words inside
quotation marks), where its quotations are, and when a gift was given (the date on the verb that governs it)."""

import re

from spacy.tokens import Token

from summariser.lang.en.nlp.parsing import entities, governing_verb, noun_token, parse

SPEECH_VERBS = {
    "say", "tell", "claim", "state", "report", "estimate", "assess", "confirm", "warn", "believe", "announce",
    "add", "note", "write", "describe", "insist", "suggest", "accuse", "allege", "stress", "emphasise", "emphasize",
}  # fmt: skip
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "this", "that"}
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][\w .'’-]*,\s*")
_DATELINE_AFTER = re.compile(r"\s*[-–—]\s")


def occasion(text: str, noun: str, start: int = 0) -> str | None:
    """When the gift of `noun` (the first at or after `start`) was given, if the sentence dates the
    verb that governs it ('In April, Russia sent ...' -> 'April', 'last year'); never from a date
    elsewhere, nor from a bare date such as a dateline's '2024-11-22' or 'MOSCOW, November 20 -' (the
    article's own day)."""
    doc = parse(text)
    token = noun_token(doc, noun, start)
    verb = governing_verb(token) if token is not None else None
    if verb is None:
        return None
    dates = []
    for ent in doc.ents:
        if _DATELINE_BEFORE.fullmatch(text[: ent.start_char]) and _DATELINE_AFTER.match(text[ent.end_char :]):
            continue  # "MOSCOW, November 20 - Russia has sent ...": the report's day, not the gift's
        governing = governing_verb(ent.root) if ent.label_ == "DATE" else None
        if governing is not None and governing.i == verb.i:
            dates.append(ent.text)
    months = [m for m in map(_month, dates) if m]
    relative = [d.lower() for d in dates if _RELATIVE.search(d)]
    return months[0] if months else (relative[0] if relative else None)


_RELATIVE = re.compile(r"\b(earlier|last|previous|ago|before)\b", re.IGNORECASE)
_MONTHS = "january february march april may june july august september october november december".split()


def _month(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text.lower())
    for month in _MONTHS:
        if month in words or month[:3] in words:
            return month.capitalize()
    return None


def claimant(text: str, before: str = "", *, near: int = 0) -> str | None:
    """Who the text says states its claim: 'according to X', or the subject of a speech verb
    ('X said', 'X claimed'), both outside quotation marks ('"All told, ...," he said': "All" tells
    nothing); a pronoun subject resolves to the last person of the sentence before."""
    doc = parse(text)
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return _phrase(objects[0])
    quoted = quotations(text)

    def inside(token: Token) -> bool:
        return any(start <= token.idx < end for start, end in quoted)

    speakers = [t for t in doc if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" and not inside(t)]
    speakers.sort(key=lambda t: abs(t.idx - near))
    for verb in speakers:  # words inside quotation marks are what is said, never who says it
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not inside(c)]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.lower_ in _PRONOUNS:
            people = entities(before, "PERSON") if before else []
            return people[-1].text if people else None
        return _phrase(subject)
    return None


_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ('"', '"'))


def quotations(text: str) -> list[tuple[int, int]]:
    """Offsets of the text's quotations, marks included (an opening mark with no closing one runs to the
    end: a quotation the sentence split cut)."""
    spans: list[tuple[int, int]] = []
    for opening, closing in _QUOTE_PAIRS:
        position = 0
        while (start := text.find(opening, position)) != -1:
            if any(a <= start < b for a, b in spans):
                position = start + 1
                continue
            end = text.find(closing, start + 1)
            end = len(text) if end == -1 else end + 1
            spans.append((start, end))
            position = end
    return spans


def _phrase(token: Token) -> str:
    """A token's subtree as written, without a trailing relative clause or punctuation."""
    words = [t for t in token.subtree if t.dep_ not in ("relcl", "punct") and not _inside_relcl(t, token)]
    return token.doc[words[0].i : words[-1].i + 1].text.strip(" ,") if words else token.text


def _inside_relcl(token: Token, root: Token) -> bool:
    """Whether `token` hangs under a relative clause, participle or apposition of `root`."""
    current = token
    while current.i != root.i and current.head.i != current.i:
        if current.dep_ in ("relcl", "acl", "appos"):
            return True
        current = current.head
    return False


def speaker_of(text: str, before: str = "") -> str | None:
    """Who speaks in a sentence of reported or quoted speech, if anyone."""
    doc = parse(text)
    if not any(t.lemma_.lower() in SPEECH_VERBS for t in doc):
        return None
    return claimant(text, before)
