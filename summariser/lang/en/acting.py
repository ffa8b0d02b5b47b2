"""Whether a name the English NER tags acts in its sentence, by its place in the parse: the general frame that
makes a name an actor (kinds/actor/finders/english.py for English text, lang/pt/reader.py for a translation)."""

from spacy.tokens import Span

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
