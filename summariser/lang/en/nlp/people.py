"""People in an English parse: names written after a title ("Chancellor Scholz"), the words the parse ties
to a name, and the role a sentence gives it ("North Korean leader Kim Jong Un" -> "North Korean leader")."""

from spacy.tokens import Doc, Span, Token

from summariser.lang.en.nlp.parsing import parse
from summariser.lang.en.words import TITLES
from summariser.names import LETTERS

VOICES = {
    "report", "statement", "study", "survey", "readout", "release", "document", "assessment", "analysis",
    "spokesman", "spokeswoman", "spokesperson", "official", "source", "communique", "communiqué",
}  # fmt: skip
"""Nouns by which an organisation speaks: "a U.N. report found" is the U.N. acting."""
_ACTING_DEPS = {"nsubj", "nsubjpass"}
_NOT_NAME_LABELS = {"FAC", "EVENT", "LAW", "PRODUCT", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL"}


def titled_names(text: str) -> list[Span]:
    """Names the text writes after a person's title ("Chancellor Scholz", "the Prime Minister, Meloni"), read by
    the structure, whatever label the small parser gave them (it tags "Scholz" a place): the run of
    proper nouns right after the title (an organisation's label there is the parser's slip: "Minister,
    Sanchez"), never one inside a building, event or date."""
    doc = parse(text)
    labelled = {t.i: e.label_ for e in doc.ents for t in e}
    names: list[Span] = []
    for token in doc:
        if token.lower_.rstrip(".") not in TITLES or not token.text[0].isupper():
            continue
        end = token.i + 1
        if (
            end + 1 < len(doc)
            and doc[end].text == ","
            and doc[end + 1].dep_ == "appos"
            and doc[end + 1].head.i == token.i
        ):
            end += 1  # "the Italian Prime Minister, Meloni"
        while end < len(doc) and doc[end].lower_.rstrip(".") in TITLES:
            end += 1  # "General Director", "Prime Minister": the name comes after the whole title
        first = end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[0].isupper():
            end += 1
        run = doc[first:end]
        if len(run) and not any(labelled.get(t.i) in _NOT_NAME_LABELS for t in run):
            names.append(run)
    for ent in doc.ents:  # "Antony J. Blinken, Secretary of State": the title in apposition after the name
        titled = any(c.dep_ == "appos" and c.lower_ in TITLES for c in ent.root.children)
        if titled and ent.label_ not in _NOT_NAME_LABELS and all(t.pos_ == "PROPN" for t in ent):
            names.append(ent)
    return names


def described(text: str, name: str) -> str | None:
    """The words the parse ties to a name: its own phrase ("North Korean leader Kim Jong Un", "Kim Yo-jong,
    the sister of the leader"), the noun it stands in apposition to ("the leader's sister, Yo Jong"), and
    what "is" says of it ("Peskov is the Kremlin's spokesman"); never the words of another name listed
    beside it, or of a clause about it. None where the parse tags no word of the name as a name."""
    doc = parse(text)
    span = _name_span(doc, name)
    if span is None:
        return None
    root = span.root
    tied = _own_phrase(root)
    if root.dep_ == "appos" or (root.dep_ in _ACTING_DEPS and root.head.lemma_ == "be"):
        tied |= _own_phrase(root.head)
    return " ".join(t.text for t in sorted(tied, key=lambda t: t.i))


def role_words(text: str, name: str) -> str | None:
    """The words a sentence gives a name as its role, verbatim: the title before it ("North Korean leader
    Kim Jong Un" -> "North Korean leader", "former U.S. Marine Paul Whelan" -> "former U.S. Marine"), else
    the noun phrase in apposition ("Kim Yo-jong, the sister of the leader" -> "the sister of the leader";
    "Kim's powerful sister, Yo Jong" -> "Kim's powerful sister"). None where it gives none: words with no
    common noun or title ("North Korea's Kim") are no role."""
    doc = parse(text)
    span = _name_span(doc, name)
    if span is None or span.label_ != "PERSON":
        return None  # an organisation's words before it are its owner or kind, no role
    root = span.root
    below = {t.i for t in root.subtree}
    start = span.start
    while start > 0 and start - 1 in below and not doc[start - 1].is_punct:
        start -= 1
    words = doc[start : span.start]
    if not _is_role(words):
        appositions = [c for c in root.children if c.dep_ == "appos" and c.ent_type_ != "PERSON"]
        if appositions:
            words = doc[appositions[0].left_edge.i : _clause_start(appositions[0])]
        elif root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < root.i:
            words = doc[root.head.left_edge.i : root.left_edge.i]
    while len(words) and (words[0].dep_ in ("det", "poss") and words[0].pos_ in ("DET", "PRON") or words[0].is_punct):
        words = words[1:]  # "the", "its": the role, not whose
    while len(words) and words[-1].is_punct:
        words = words[:-1]
    return words.text if _is_role(words) else None


def _clause_start(token: Token) -> int:
    """Where a phrase's words end before a clause about it ("minister, who oversaw ..." -> "minister")."""
    clauses = [c.left_edge.i for c in token.children if c.dep_ in ("relcl", "acl", "advcl") and c.i > token.i]
    return min([*clauses, token.right_edge.i + 1])


def _is_role(words: Span) -> bool:
    """Words holding a common noun or a title and no other person's name (a possessor may stand: "Kim's sister")."""
    others = [t for t in words if t.ent_type_ == "PERSON" and t.dep_ != "poss" and t.head.dep_ != "poss"]
    return any(t.pos_ == "NOUN" or t.lower_ in TITLES for t in words) and not others


def _name_span(doc: Doc, name: str) -> Span | None:
    """The entity (else the proper noun) of the sentence sharing most words with a name."""
    words = {w.casefold() for w in LETTERS.findall(name)}

    def overlap(span: Span) -> int:
        return len(words & {t.text.casefold() for t in span})

    spans = [e for e in doc.ents if overlap(e)] or [
        doc[t.i : t.i + 1] for t in doc if t.pos_ == "PROPN" and overlap(doc[t.i : t.i + 1])
    ]
    return max(spans, key=overlap) if spans else None


_NOT_OWN = {"conj", "cc", "relcl", "acl", "advcl", "punct", "ccomp", "xcomp", "dobj", "prep"}


def _own_phrase(token: Token) -> set[Token]:
    """A token and the words below it that describe it, leaving out lists, clauses and a verb's objects
    (but keeping "of": "the sister of the leader")."""
    kept = {token}
    for child in token.children:
        role = child.dep_ == "conj" and child.pos_ != "PROPN"  # "the sister ... and vice director": one person's
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and token.ent_type_ == "PERSON":
            continue  # "Paul Whelan, Evan Gershkovich, and ...": a list of people, parsed as apposition
        if child.dep_ not in _NOT_OWN or role or (child.dep_ == "prep" and token.pos_ in ("NOUN", "PROPN")):
            kept |= _own_phrase(child)
    return kept
