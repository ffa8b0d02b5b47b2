"""Gift frames: the things an English sentence says were given, read from its dependency parse.

A thing is given when it is the object of a verb of giving ("gave him a sword, two horses and a rug"),
the subject of its passive ("were presented"), the object of "with" after one ("presented her with a
vase"), a noun a giving participle qualifies ("the animals sent to the zoo"), the object of a gift noun
("a gift of 70 animals", "a donation of tents"), what is called a gift ("X as a gift", "X were a gift"),
or what a given thing includes ("70 animals, including two bears"; "the gift included a lion"); each
of a list of such things is one ("X, Y and Z"). Verbs of sending and receiving give only in a text that
speaks of a gift; receiving counts "a" as one only where its clause names the giver and a value ("received
a vase worth $900 from the king"; never "received a call from"). Never given: anything in a question, a
clause that is negated, hypothetical, conditional or wished ("would give", "if ... gives", "did not give",
"refused to give"), arms and armed forces (MATERIEL: a supply of them is a military claim), a person,
group, place or pronoun.
"""

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from summariser.lang import concepts
from summariser.lang.en import nlp

GIVING_VERBS = frozenset({"give", "gift", "donate", "present", "bestow", "hand"})
"""Verbs whose object is given whatever the text (by lemma)."""
SENDING_VERBS = frozenset({"send", "ship", "deliver", "transfer", "fly", "receive"})
"""Verbs of moving a thing between parties: a gift only in a text that speaks of gifts."""
GIFT_NOUNS = frozenset({"gift", "donation", "present"})
"""Nouns whose object ("a gift of X") or subject ("X were a gift") is given."""
SENDING_NOUNS = frozenset({"delivery", "shipment", "consignment"})
"""Nouns of sending ("a shipment of X"): a gift only in a text that speaks of gifts."""
MATERIEL = frozenset({
    "arm", "arms", "armament", "weapon", "weaponry", "munition", "ammunition", "ammo", "ordnance", "explosive",
    "shell", "round", "cartridge", "bullet", "bomb", "grenade", "mine", "missile", "rocket", "torpedo", "drone",
    "launcher", "artillery", "howitzer", "mortar", "gun", "rifle", "tank", "armor", "armour", "fighter", "bomber",
    "helicopter", "warship", "submarine", "frigate", "equipment", "materiel", "fuel", "troop", "soldier", "force",
    "personnel", "serviceman", "servicemen", "army", "infantry", "mercenary", "conscript", "worker", "labourer",
    "laborer", "battalion", "brigade", "regiment", "division", "unit", "squadron",
})  # fmt: skip
"""Arms, munitions, military equipment and fuel, and armed forces and workers sent to serve: the classes of
the UN Register of Conventional Arms (tanks, armoured vehicles, artillery, combat aircraft and helicopters,
warships, missiles and launchers, small arms) with ammunition, materiel, fuel and the nouns of armed
personnel and their units, by lemma. Sending them is a military claim, never a gift."""
_GIFT_WORDS = frozenset({"gift", "donation", "donate", "regift"})
"""Words by which a text speaks of gifts (the noun "present" is too often the time "at present")."""
_UNREALISED_HEADS = frozenset({
    "refuse", "decline", "fail", "want", "wish", "hope", "plan", "intend", "promise", "offer", "threaten",
    "propose", "seek", "try", "ask", "expect", "consider", "aim", "hesitate", "need", "deny",
})  # fmt: skip
"""Verbs whose infinitive is not done ("refused to give", "plans to send", "offered to donate")."""
_CONDITIONS = frozenset({"if", "unless", "whether"})
_INCLUDING = frozenset({"include", "including", "like", "among"})
_NOT_THINGS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT"})
_LIST_DEPS = frozenset({"conj", "appos"})


def given_tokens(sentence: str, gift_text: bool) -> dict[int, bool]:
    """The head nouns (indices in nlp.parse(sentence)) of the things the sentence says were given, each item
    of a list on its own, with whether "a"/"an" before it counts one (FIRM frames: a gift noun, "as a
    gift", "include", a list of two things or more, or a verb naming its recipient in a text of gifts:
    "gave a speech" gives nothing). `gift_text`: the text speaks of gifts (speaks_of_gifts), so that verbs
    and nouns of sending give too. None in a question."""
    doc = nlp.parse(sentence)
    if is_question(doc):
        return {}
    found: dict[int, bool] = {}
    for thing, firm in _framed(doc, gift_text):
        members = [m for m in _members(thing) if _thing(m)]
        for member in members:
            # "a pair of dogs": the dogs are counted; a thing's own "of" only qualifies it ("a dog of the
            # alabai breed", "a dagger of an admiral")
            named = concepts.thing(member.lemma_.lower(), "en") is not None
            for token in (member, *([] if named else _of_objects(member))):
                found[token.i] = found.get(token.i, False) or firm or len(members) > 1
    return found


def speaks_of_gifts(text: str) -> bool:
    """Whether a text speaks of gifts: it names a gift or a donation (by lemma), or one of its sentences
    gives a counted thing by a verb of giving ("he gave Kim 24 horses"; "gave a speech" is no gift)."""
    if nlp.word_lemmas(text) & _GIFT_WORDS:
        return True
    for start, end in nlp.sentences(text):
        sentence = text[start:end]
        doc = nlp.parse(sentence)
        if any(c.dep_ == "nummod" for i in given_tokens(sentence, False) for c in doc[i].children):
            return True
    return False


def is_question(doc: Doc) -> bool:
    """Whether a sentence asks: it ends with a question mark (before closing quotes), or it opens with a
    wh-word and its verb has an auxiliary before its subject ("What does one leader give another")."""
    text = doc.text.rstrip(" \"'”’»)")
    if text.endswith("?"):
        return True
    words = [t for t in doc if not t.is_punct]
    if not words or words[0].tag_ not in ("WP", "WRB", "WDT", "WP$"):
        return False
    root = next((t for t in doc if t.dep_ == "ROOT"), words[0])
    subjects = [c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    auxiliaries = [c.i for c in root.children if c.dep_ in ("aux", "auxpass")]
    return bool(subjects and auxiliaries and min(auxiliaries) < min(subjects))


def realised(verb: Token) -> bool:
    """Whether a verb's clause says the act happened: not negated, not under a modal ("would", "could",
    "will"), not conditional ("if ... gives", or a condition attached to it), and not the infinitive of
    a refusal, wish or plan ("refused to give"), up the chain of such infinitives."""
    current = verb
    while True:
        for child in current.children:
            if child.dep_ == "neg" or (child.dep_ in ("aux", "auxpass") and child.tag_ == "MD"):
                return False
            if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
                return False
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in child.children):
                return False
        if current.dep_ == "xcomp" and current.head.i != current.i:
            if current.head.lemma_.lower() in _UNREALISED_HEADS:
                return False
            current = current.head
            continue
        return True


def materiel(token: Token) -> bool:
    """Whether a noun names arms, equipment, fuel or armed forces, itself or through the words that qualify it
    or that it holds ("containers of ammunition", "ammunition crates", "tank engines")."""
    nouns = [token, *_of_objects(token), *(c for c in token.children if c.dep_ in ("compound", "nmod"))]
    return any(n.lemma_.lower() in MATERIEL or n.lower_ in MATERIEL for n in nouns)


def _framed(doc: Doc, gift_text: bool) -> Iterator[tuple[Token, bool]]:
    """The first thing of every giving frame of a parsed sentence (lists are followed by _members), with
    whether the frame is firm (given_tokens)."""
    for token in doc:
        word = token.lemma_.lower()
        if token.pos_ == "VERB" and (word in GIVING_VERBS or (gift_text and word in SENDING_VERBS)):
            if realised(token):
                firm = gift_text and _recipient(token)
                yield from ((t, firm) for t in _objects_of_giving(token))
        elif token.pos_ == "NOUN" and (word in GIFT_NOUNS or (gift_text and word in SENDING_NOUNS)):
            yield from ((t, True) for t in _of_gift_noun(token))
        if token.pos_ == "ADP" and token.lower_ == "as" and _object_lemma(token) in GIFT_NOUNS:
            verb = token.head  # "received four paintings as a gift", "brought two camels as a gift"
            if verb.pos_ in ("VERB", "AUX") and realised(verb):
                yield from ((c, True) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
        if token.pos_ == "VERB" and word == "include" and token.dep_ != "prep":
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(_given_whole(s, gift_text) for s in subjects):  # "the gift included a lion"
                yield from ((c, True) for c in token.children if c.dep_ == "dobj")


def _recipient(verb: Token) -> bool:
    """Whether a verb of giving names who gets the thing: an indirect object ("gave him"), "to" someone, or an
    object beside what "with" gives ("presented Putin with a puppy": Putin gets it)."""
    if verb.lemma_.lower() == "receive":  # "received a tour": the receiver alone names no giving; a giver
        return _from_giver(verb) and _valued(verb)  # and a value do: "received a vase worth $900 from the king"
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return True
    with_object = any(c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" for o in c.children)
                      for c in verb.children)  # fmt: skip
    return with_object and any(c.dep_ == "dobj" for c in verb.children)


def _from_giver(verb: Token) -> bool:
    """Whether the verb's clause names who the thing came from ("received a vase from the king"; the small
    parser may hang "from" on a participle between: "received a vase, valued at $900, from the king")."""
    return any(t.dep_ == "prep" and t.lower_ == "from" and any(o.dep_ == "pobj" for o in t.children)
               for t in verb.subtree)  # fmt: skip


def _valued(verb: Token) -> bool:
    """Whether the clause of the verb gives a sum of money (a thing's value: "worth $900", "valued at $7,500"): what
    is received is then an object, never a call or a visit."""
    return any(t.ent_type_ == "MONEY" for t in verb.subtree)


def _objects_of_giving(verb: Token) -> Iterator[Token]:
    """What a verb of giving gives: the object of "with" where it has one ("presented the queen with a
    vase": the queen receives), else its object, else the subject of its passive; for a participle
    ("the animals sent to the zoo"), the noun it qualifies."""
    withs = [
        o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"
    ]
    if withs:
        yield from withs
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    yield from objects
    if not objects and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        yield _whole_list(verb.head)


def _whole_list(token: Token) -> Token:
    """The head of the list a noun ends ("70 animals, including a lion and two bears sent ...": a participle
    after the last item qualifies the whole list, wherever the parser attached it)."""
    current = token
    while True:
        if current.dep_ in _LIST_DEPS and current.head.i != current.i:
            current = current.head
        elif current.dep_ == "pobj" and current.head.lemma_.lower() in _INCLUDING and current.head.dep_ == "prep":
            current = current.head.head
        else:
            return current


def _of_gift_noun(noun: Token) -> Iterator[Token]:
    """What a gift noun names as given: its "of" object ("a gift of 70 animals"), the subject it is said of
    ("the horses were a gift"), the noun it stands in apposition to ("two dogs, a gift from ..."), and none
    where the giving is unrealised ("would be a gift")."""
    yield from _of_objects(noun)
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be" and realised(head):
        yield from (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if noun.dep_ == "appos" and head.pos_ == "NOUN":
        yield head


def _given_whole(subject: Token, gift_text: bool) -> bool:
    """Whether the subject of "include" is a gift ("the gift", "the delivery") or a thing a giving
    participle qualifies ("the animals sent to the zoo")."""
    word = subject.lemma_.lower()
    if word in GIFT_NOUNS or (gift_text and word in SENDING_NOUNS):
        return True
    verbs = GIVING_VERBS | (SENDING_VERBS if gift_text else frozenset())
    return any(c.dep_ == "acl" and c.lemma_.lower() in verbs and realised(c) for c in subject.children)


def _members(thing: Token) -> Iterator[Token]:
    """A thing and every item listed with it or named as part of it ("X, Y and Z"; "X, including Y")."""
    seen: set[int] = set()
    stack = [thing]
    while stack:
        token = stack.pop()
        if token.i in seen:
            continue
        seen.add(token.i)
        yield token
        for child in token.children:
            if child.dep_ in _LIST_DEPS:
                stack.append(child)
            elif child.dep_ == "prep" and child.lemma_.lower() in _INCLUDING:
                stack.extend(o for o in child.children if o.dep_ in ("pobj", "conj"))


def _thing(token: Token) -> bool:
    """Whether a noun can be a thing given: a common noun, not arms or forces, nor a person (a named one, a
    pronoun, one a "who" clause describes), group, place or date."""
    if token.pos_ != "NOUN" or token.ent_type_ in _NOT_THINGS or materiel(token):
        return False
    clauses = [c for c in token.children if c.dep_ == "relcl"]
    return not any(w.tag_ == "WP" and w.lower_ == "who" for c in clauses for w in c.children)


def _of_objects(token: Token) -> list[Token]:
    """The nouns an "of" after a noun holds, down the chain ("containers of ammunition", "a pair of dogs")."""
    found: list[Token] = []
    current: Token | None = token
    while current is not None:
        objects = [o for c in current.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        current = next((o for o in objects if o.dep_ in ("pobj", "pcomp")), None)
        if current is not None and current.pos_ == "VERB":  # "a pair of hunting dogs" parsed as a gerund
            current = next((o for o in current.children if o.dep_ == "dobj"), None)
        if current is not None:
            found.append(current)
    return found


def _object_lemma(preposition: Token) -> str:
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return objects[0].lemma_.lower() if objects else ""


POSSESSION_VERBS = frozenset({"own", "have", "keep", "hold", "possess"})
"""Verbs of having: a count under one is what someone owns ("who owns at least 30 camels"), not a gift."""


def not_given(sentence: str, noun: str, start: int = 0) -> bool:
    """Whether the sentence rules out that the noun (the first of that lemma at or after `start`) was given:
    the sentence asks, the noun names arms or forces, or its verb is one of having or a giving that did
    not happen ("would give", "did not give")."""
    doc = nlp.parse(sentence)
    if is_question(doc):
        return True
    token = nlp.noun_token(doc, noun, start)
    if token is None:
        return False
    if materiel(token):
        return True
    verb = nlp.verb_above(token)
    if verb is None:
        return False
    word = verb.lemma_.lower()
    return word in POSSESSION_VERBS or (word in GIVING_VERBS | SENDING_VERBS and not realised(verb))
