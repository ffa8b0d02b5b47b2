"""Whether a name the English NER tags acts in its sentence, by its place in the parse: the general frame that
makes a name an actor (kinds/actor/finders/english.py for English text, lang/pt/reader.py for a translation)."""

from spacy.tokens import Span, Token

from summariser.lang.concepts import shows_a_person, thing
from summariser.lang.en import nlp
from summariser.lang.en.reading import MEMBERS
from summariser.lang.en.words import TITLES

_ISSUED = {"resolution", "sanction", "ruling", "decision", "decree", "order", "verdict", "embargo", "mandate"}
"""What a body decides or imposes: a name qualifying one is the body acting ("UN Security Council resolutions")."""
_ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent", "attr", "poss"}
_PARTY_PREPOSITIONS = {"from", "to", "by", "with", "for", "of", "between", "against", "among", "including"}
"""Prepositions whose object is a party to what is done ("gifts from Putin", "talks with Kim", "reported by
Reuters", "the release of Whelan"); never a place ("in the Kremlin") or a means ("through the initiative")."""
_MEMBERS_PREPOSITIONS = {"in", "at", "of", "from"}


def acts(entity: Span) -> bool:
    """Whether a name acts, speaks or is acted on: the subject, object, recipient or possessor of its clause
    ("the Kremlin said", "sent Putin two dogs", "Putin's plane"), the object of a preposition of a party
    ("gifts from Putin", "reported by The Wall Street Journal": _PARTY_PREPOSITIONS) or of people who act
    for it ("the efforts of people in the State Department"), the owner of a voice or of what it
    decides ("a U.N. report said", nlp.VOICES; "UN Security Council resolutions"), or the root of its
    line (a byline); each also as an item of a list or in apposition to one. Never a modifier of a thing
    ("his Aurus Senat limousine"), a name given to one ("a dog named Gomi"), nor part of a title
    ("Secretary of State"), nor a name a number counts: a kind of thing ("the 24 Orlov Trotters arrived")."""
    if nlp.counted(entity):
        return False
    root = entity.root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    if root.dep_ in _ACTING_DEPS:
        return True
    if root.dep_ == "pobj":
        preposition, owner = root.head, root.head.head
        if owner.lower_ in TITLES:
            return False
        members = preposition.lower_ in _MEMBERS_PREPOSITIONS and owner.lemma_.lower() in MEMBERS | nlp.VOICES
        return preposition.lower_ in _PARTY_PREPOSITIONS or members
    if root.dep_ in ("compound", "nmod", "amod"):
        return root.head.lemma_.lower() in nlp.VOICES | _ISSUED
    return root.dep_ == "ROOT"


NAMING = frozenset({"name", "call", "dub", "christen", "nickname", "rename", "baptize", "baptise"})
"""Verbs that give a name ("a horse named Victory", "which he called Celtic")."""
_RELATIVE_THINGS = frozenset({"which"})
"""The relative pronoun of a thing: "a horse, which has been named Victory" (a person's is "who")."""


def names_of_things(sentence: str) -> list[str]:
    """The names the sentence gives to an animal or a thing, as the parse reads them: the complement of a verb of
    naming (NAMING; "named Victory", "would be named “Victory”") whose named one is "which" or a noun that names
    a thing no person is (lang/concepts.py: "horse", "dog", "ship"; never "man", "child", "officer"). "A man named
    John Smith" names a person; a noun with no emoji ("the puppy, called Verny", "the animal") decides nothing."""
    found: list[str] = []
    for token in nlp.parse(sentence):
        if token.dep_ != "oprd" or token.head.lemma_.lower() not in NAMING:
            continue
        named = _named_one(token.head, token)
        if named is not None and _a_thing(named):
            words = [t for t in token.subtree if not (t.is_punct or t.is_quote)]
            if words:
                found.append(sentence[words[0].idx : words[-1].idx + len(words[-1].text)])
    return found


def _named_one(verb: Token, name: Token) -> Token | None:
    """What a verb of naming names: the noun it qualifies ("a dog named Gomi", "a horse, which has been named
    Victory"), else its passive subject or object ("the horse has been named Victory")."""
    if verb.dep_ in ("acl", "relcl"):
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.i != name.i), None)


def _a_thing(token: Token) -> bool:
    """Whether the word names an animal or a thing, not a person ("which", "horse"; not "man", "who")."""
    if token.lower_ in _RELATIVE_THINGS:
        return True
    emoji = thing(token.lemma_.lower(), "en")
    return emoji is not None and not shows_a_person(emoji)
