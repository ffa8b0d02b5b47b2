"""Who gave a thing and who received it, as an English sentence's parse says (a general frame, no word list of
parties): the verb of giving above the thing's noun (past a participle that only names a part of it, "animals,
including a lion") (lang/en/reading.py GIVE_VERBS), its subject (or the agent
of a passive: "were given by Russia") as the giver, its dative or its "to" phrase as the recipient, or the one
it is given to where the thing is its second object: the subject of a passive ("Biden was given a horse") or the
object of "with" ("gifted Barron with a horse"); a verb of receiving the other way round (its subject receives,
its "from" phrase gives). A party is kept only where the
parse names it: an entity the NER model tags, or a run of proper nouns; "the ministry" or "it" name no one; a title
names the person its phrase names ("the President of Türkiye, Recep Tayyip Erdogan": Erdogan, not "President")."""

from spacy.tokens import Doc, Span, Token

from summariser.lang.en import nlp
from summariser.lang.en.words import TITLES

RECEIVING = frozenset({"receive", "get", "accept", "obtain"})
"""Verbs whose subject is the recipient."""
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
"""Entity labels that name a party."""


def parties(sentence: str, item: str, giving: frozenset[str]) -> tuple[str | None, str | None]:
    """(giver, recipient) of `item` in `sentence`, each None where the parse names none; `giving` the lemmas of
    the verbs of giving (a verb of receiving is always read as one, the other way round)."""
    words = item.lower().split()
    if not words:
        return None, None
    doc, head = nlp.parse(sentence), nlp.lemma(words[-1])
    root = nlp.phrase_root(doc, item)  # "a replica of President Eisenhower's sword" is given, not the sword
    nouns = [root] if root is not None and root.pos_ in ("NOUN", "PROPN") else []
    for token in [*nouns, *doc]:
        if token not in nouns and token.text.lower() != words[-1] and token.lemma_.lower() != head:
            continue
        verb = nlp.verb_above(token)
        while verb is not None and verb.dep_ in ("prep", "acl"):  # "including an African lion": a part of the thing
            verb = nlp.verb_above(verb)
        if verb is None or verb.lemma_.lower() not in giving | RECEIVING:
            continue
        return _of_verb(doc, verb, token, verb.lemma_.lower() in RECEIVING)
    return None, None


def _of_verb(doc: Doc, verb: Token, thing: Token, receiving: bool) -> tuple[str | None, str | None]:
    """The parties of a verb of giving; a "to" or "from" phrase may hang from the thing given as well."""
    subject = agent = to = source = None
    with_thing = thing.head.dep_ == "prep" and thing.head.lower_ == "with" and thing.head.head.i == verb.i
    for child in [*verb.children, *(c for c in thing.children if c.dep_ == "prep")]:
        if child.dep_ == "nsubj":
            subject = _named(doc, child)
        elif child.dep_ == "nsubjpass" and child.i != thing.i and not receiving:
            to = to or _named(doc, child)  # "Biden was given a horse", "Putin was presented with a puppy"
        elif child.dep_ == "dobj" and with_thing and not receiving:
            to = to or _named(doc, child)  # "gifted Barron Trump with a horse"
        elif child.dep_ == "agent":
            agent = next((_named(doc, t) for t in child.children if t.dep_ == "pobj"), None)
        elif child.dep_ == "dative" and child.pos_ != "ADP":
            to = _named(doc, child)
        elif child.dep_ in ("prep", "dative") and child.lower_ in ("to", "from"):
            named = next((_named(doc, t) for t in child.children if t.dep_ == "pobj"), None)
            to, source = (named, source) if child.lower_ == "to" else (to, named)
    if receiving:
        return source, subject
    return agent or subject, to


def _named(doc: Doc, token: Token) -> str | None:
    """The name `token` heads, as the NER model tags it or as a run of proper nouns; None for any other word."""
    for entity in doc.ents:
        if entity.start <= token.i < entity.end and entity.label_ in NAMED:
            return _clean(entity)
    if token.lower_ in TITLES:  # "Prime Minister of Hungary Viktor Orban", "the President of Türkiye, Recep Erdogan"
        inside = {t.i for t in token.subtree}
        person = next((e for e in doc.ents if e.label_ == "PERSON" and e.root.i in inside and e.root.i > token.i), None)
        if person is not None:
            return _clean(person)
    if token.pos_ != "PROPN":
        return None
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == token.i:
        start -= 1
    return _clean(doc[start : token.i + 1])


def _clean(span: Span) -> str:
    return span.text.strip("\"'“”‘’ ").removeprefix("the ").strip()
