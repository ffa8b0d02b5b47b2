"""What a parsed sentence says was given, each thing with its number.

Gifts: a verb of giving (its lemma in the language's Vocabulary.giving), or one of sending or receiving
with a noun of gift beside it or its object ("reçu en cadeau", "получил в подарок") or after the article
has said that something was given; a light verb with a noun of gift ("faire cadeau de"); a noun of gift
that is the subject of what lists the gifts ("le cadeau est une voiture", "les cadeaux comprennent ...").
The things given: the verb's object, the subject of its passive, their conjuncts, what the noun of gift
is of, the noun a participle qualifies ("les chevaux offerts"); and, since a small parser loses long
lists, the things the verb lists after it up to the next clause (_listed). Each item has its own number:
the one written right before it, only adjectives between (numbers_of_nouns), or one for an indefinite
article. Never given:
- a sum of money hanging under another noun: that thing's price or value (lang/cldr.py); a month or a day
  of the week ("le 11 octobre": a date);
- anything in a question, under a negation, a condition ("si", "если", "бы", the conditional mood), an
  imperative or an infinitive (a plan, a wish, an offer: "veut offrir", "решил подарить");
- arms, ammunition, equipment, troops or people (a head count or a supply: kinds/military/finders/abroad.py),
  whether the item is one or names one below it ("des milliers de conteneurs de munitions");
- the noun of gift itself, a noun that is a number ("millions"), a person the NER tags;
- a lone item with no number, or one, that names no thing of the lexicon ("offrir son soutien").
A possession ("qui possède 20 chevaux") is no verb of giving, so its object is never an item.
"""

from summariser.lang.base import Given, Parse, Vocabulary, Word
from summariser.lang.cldr import is_calendar, is_money
from summariser.lang.frames.counted import NOUNS, numbers_of_nouns
from summariser.lang.frames.things import thing_of
from summariser.load.numerals import numbers_at

_VERBAL = frozenset({"VERB", "AUX", "ADJ"})
"""A verb of giving may be tagged an adjective where it is a participle ("les chevaux offerts")."""
_OBJECTS = frozenset({"obj", "nsubj:pass"})
_OTHER_PARTS = frozenset(
    {"nsubj", "csubj", "iobj", "obl", "advcl", "ccomp", "xcomp", "parataxis", "advmod", "mark", "aux", "punct"}
)
"""Relations of a verb's other parts: its subject, recipient, circumstances and other clauses."""
_RECIPIENTS = frozenset({"iobj", "obl:arg"})
"""Relations by which a verb of giving names who gets the thing ("a offert à Vladimir Poutine un chiot"): with one,
"un"/"une" before a thing counts one whether or not the lexicon names the thing, as in English (a giving with
its recipient is no "offrir son soutien")."""
_CLAUSE_MARKS = frozenset({";", ":", "—", "–", "(", ")"})
_CLAUSES = frozenset({"acl", "advcl", "ccomp", "csubj", "parataxis", "xcomp"})
_REFUSING_FEATURES = ("Polarity=Neg", "Mood=Cnd", "Mood=Imp", "PronType=Int")


def gifts(parse: Parse, vocabulary: Vocabulary, code: str, *, told: bool = False) -> list[Given]:
    """The things the sentence says were given, each with its number (module docstring). `told`: whether
    the article has already said that something was given (gives), so that a verb of sending counts as
    giving without a noun of gift beside it ("Россия отправила в КНДР африканского льва, ...")."""
    if parse.text.rstrip().endswith("?"):
        return []
    given: list[Given] = []
    numbers = numbers_of_nouns(parse, code)
    for verb, items in _frames(parse, vocabulary, told):
        if _refused(parse, verb, vocabulary):
            continue
        listed = _listed(parse, verb, numbers, code)
        kept = [item for item in _merged(items, listed) if _may_be_given(parse, item, vocabulary, code)]
        read = [(item, *_number(numbers, parse, item)) for item in kept]
        counted = any(value is not None and value > 1 for _, value, _ in read)
        firm = counted or any(c.dep in _RECIPIENTS for c in parse.children(verb))
        for item, value, written in read:
            if value is not None and value > 1 or thing_of(item, code) is not None or (value == 1 and firm):
                given.append(Given(item.text, item.lemma, value, written, item.start, item.end, thing_of(item, code)))
    return _unique(given)


def gives(parse: Parse, vocabulary: Vocabulary) -> bool:
    """Whether the sentence holds a verb of giving or a noun of gift."""
    return any(w.lemma in vocabulary.giving | vocabulary.gift_nouns for w in parse.words)


def _frames(parse: Parse, vocabulary: Vocabulary, told: bool) -> list[tuple[Word, list[Word]]]:
    """Each word of giving with the nouns it gives (conjuncts included): see the module docstring."""
    frames: list[tuple[Word, list[Word]]] = []
    for word in parse.words:
        if word.pos in _VERBAL and (
            word.lemma in vocabulary.giving
            or (word.lemma in vocabulary.giving_as_gift and (told or _as_gift(parse, word, vocabulary)))
        ):
            frames.append((word, _given_by(parse, word, vocabulary)))
        elif (light := _light_gift(parse, word, vocabulary)) is not None:
            frames.append((light[0], _conjoined(parse, _of_gift(parse, *light, vocabulary.of))))
        elif word.lemma in vocabulary.gift_nouns and word.dep == "nsubj":
            listing = parse.head_of(word)
            if listing is not None:
                nouns = [listing] if listing.pos in NOUNS else _objects(parse, listing)
                frames.append((listing, _conjoined(parse, nouns)))
    return frames


def _as_gift(parse: Parse, verb: Word, vocabulary: Vocabulary) -> bool:
    """Whether a noun of gift stands beside a verb of sending or receiving, or beside its object ("reçu un
    cheval en cadeau", "получил в подарок")."""
    beside = [*parse.children(verb), *(c for o in _objects(parse, verb) for c in parse.children(o))]
    return any(c.lemma in vocabulary.gift_nouns for c in beside)


def _light_gift(parse: Parse, word: Word, vocabulary: Vocabulary) -> tuple[Word, Word] | None:
    """(light verb, noun of gift) where a word is one of the pair, the noun the verb's object or the verb
    hanging on the noun ("fait cadeau d'une voiture" is parsed either way)."""
    if word.lemma in vocabulary.light_verbs:
        noun = next((c for c in parse.children(word) if c.dep == "obj" and c.lemma in vocabulary.gift_nouns), None)
        return (word, noun) if noun is not None else None
    if word.lemma in vocabulary.gift_nouns:
        verb = next((c for c in parse.children(word) if c.lemma in vocabulary.light_verbs), None)
        return (verb, word) if verb is not None else None
    return None


def _given_by(parse: Parse, verb: Word, vocabulary: Vocabulary) -> list[Word]:
    """The nouns a verb of giving gives: in its clause (not its subject, recipient, circumstances or other
    clauses, but the noun of gift beside it: "в подарок африканского льва"), its object, the subject of its
    passive, their conjuncts and what a noun of gift is of; for a participle, the noun it qualifies ("les
    chevaux offerts"). A small parser hangs a long list's items on the verb, on the noun of gift or on a
    noun before them ("..., двадцать пять фазанов разных видов и сорок уток"): every conjunct in the clause
    counts, the frame's other checks decide (gifts)."""
    head = parse.head_of(verb)
    if verb.dep.startswith("acl") and head is not None and head.pos in NOUNS:
        if not any(c.dep in _OBJECTS for c in parse.children(verb)):
            return _conjoined(parse, [head])
    clause: list[Word] = []
    queue = [verb]
    while queue:
        for child in parse.children(queue.pop()):
            relation = child.dep.split(":")[0]
            marker = relation == "obl" and child.lemma in vocabulary.gift_nouns
            if child.dep != "nsubj:pass" and relation in _OTHER_PARTS and not marker:
                continue
            if child.pos in ("VERB", "AUX") or relation in _CLAUSES:
                continue
            clause.append(child)
            queue.append(child)
    markers = {w.index for w in clause if w.lemma in vocabulary.gift_nouns}
    return sorted(
        (
            w
            for w in clause
            if w.pos in NOUNS and (w.dep in (*_OBJECTS, "conj") or (w.dep == "nmod" and w.head in markers))
        ),
        key=lambda w: w.index,
    )


def _listed(parse: Parse, verb: Word, numbers: dict[int, tuple[int, str, int]], code: str) -> list[Word]:
    """The things the word of a frame (a verb of giving, what lists the gifts) lists after it, read in the
    order of the words where a small parser loses a long list ("подарил Киму африканского льва, двух бурых
    медведей, ...": it hangs the lion on Kim): up to the next verb or clause, each noun a number counts or
    that names a thing (lang/concepts.py), never one after a preposition ("в КНДР", "au président") or in
    the dative (a recipient)."""
    found: list[Word] = []
    for word in parse.words[verb.index + 1 :]:
        if word.pos in ("VERB", "AUX", "SCONJ") or word.has("PronType=Rel") or word.text in _CLAUSE_MARKS:
            break
        if word.pos not in NOUNS or word.has("Case=Dat") or any(c.dep == "case" for c in parse.children(word)):
            continue
        if word.dep == "nmod" and is_money(word.text, word.lemma, code):
            continue  # "ожерелье стоимостью 12 500 долларов": a sum under a noun is its price (lang/cldr.py)
        if _qualifies(parse, word, numbers):
            continue  # "брошь в форме цветка": a flower's shape, the thing given is the brooch
        if word.index in numbers or thing_of(word, code) is not None:
            found.append(word)
    return found


def _qualifies(parse: Parse, word: Word, numbers: dict[int, tuple[int, str, int]]) -> bool:
    """Whether a noun in the genitive, with no number of its own, hangs on a noun right before it that a
    preposition introduces: part of a phrase that says what a thing is like ("брошь в форме цветка": the shape
    of a flower), not another thing given. "коробку конфет" still gives the sweets in their box."""
    head = parse.head_of(word)
    return (
        word.dep == "nmod"
        and word.has("Case=Gen")
        and word.index not in numbers
        and head is not None
        and head.pos in NOUNS
        and head.index == word.index - 1
        and any(c.dep == "case" for c in parse.children(head))
    )


def _merged(items: list[Word], listed: list[Word]) -> list[Word]:
    """Two lists of words as one, each word once, in the order of the sentence."""
    return sorted({w.index: w for w in (*items, *listed)}.values(), key=lambda w: w.index)


def _objects(parse: Parse, verb: Word) -> list[Word]:
    """The nouns a verb gives: its object, the subject of its passive, or the noun its participle qualifies."""
    nouns = [c for c in parse.children(verb) if c.dep in _OBJECTS and c.pos in NOUNS]
    head = parse.head_of(verb)
    if not nouns and verb.dep.startswith("acl") and head is not None and head.pos in NOUNS:
        nouns = [head]
    return nouns


def _of_gift(parse: Parse, verb: Word, gift: Word, of: frozenset[str]) -> list[Word]:
    """What a light verb's noun of gift is of ("faire cadeau d'un cheval"): the nouns hanging on the noun or
    the verb, other than the gift itself and a recipient introduced by a preposition other than "of"."""
    return [
        w
        for w in (*parse.children(gift), *parse.children(verb))
        if w.pos in NOUNS and w.dep in ("nmod", "obl", "obl:arg") and w is not gift and _of(parse, w, of)
    ]


def _of(parse: Parse, noun: Word, of: frozenset[str]) -> bool:
    """Whether a noun is introduced by a preposition `of` of its language ("de"), or stands in the genitive."""
    cases = [c for c in parse.children(noun) if c.dep == "case"]
    return any(c.lemma in of for c in cases) or (not cases and noun.has("Case=Gen"))


def _conjoined(parse: Parse, nouns: list[Word]) -> list[Word]:
    """The nouns with every noun conjoined to them ("deux chevaux et 25 faisans"), in sentence order."""
    found = {n.index: n for n in nouns}
    queue = list(nouns)
    while queue:
        noun = queue.pop()
        for child in parse.children(noun):
            if child.dep == "conj" and child.pos in NOUNS and child.index not in found:
                found[child.index] = child
                queue.append(child)
    return [found[i] for i in sorted(found)]


def _refused(parse: Parse, verb: Word, vocabulary: Vocabulary) -> bool:
    """Whether the giving is denied, asked, supposed, bid or only meant (module docstring)."""
    if verb.has("VerbForm=Inf") or any(verb.has(f) for f in _REFUSING_FEATURES):
        return True
    if any(c.has("PronType=Int") for c in parse.children(verb)):
        return True  # "Que peut-on offrir ...", "Что подарить ..."
    word: Word | None = verb
    while word is not None:  # the verb and every clause above it: "s'il avait offert", "если бы подарил"
        for child in parse.children(word):
            marks = child.dep in ("mark", "advmod", "aux", "aux:tense", "aux:pass", "discourse", "cop")
            if marks and (child.lemma in vocabulary.conditions or any(child.has(f) for f in _REFUSING_FEATURES)):
                return True
        word = parse.head_of(word)
    return False


def _may_be_given(parse: Parse, item: Word, vocabulary: Vocabulary, code: str) -> bool:
    """Whether a noun may be a thing given: no arms, troops or people, nor the noun of gift, a number or a
    person the NER tags."""
    below = [w for w in parse.subtree(item) if w.pos in NOUNS and not _in_conjunct(parse, w, item)]
    if any({w.lemma, w.text.lower()} & (vocabulary.military | vocabulary.people) for w in below):
        return False  # by lemma or as written: a small lemmatiser slips ("obus" -> "obu")
    if item.lemma in vocabulary.gift_nouns or numbers_at(item.text, code) or is_calendar(item.text, item.lemma, code):
        return False  # "le 11 octobre": a date, not eleven of anything
    return not any(e.start <= item.start < e.end and e.label == "person" for e in parse.entities)


def _in_conjunct(parse: Parse, word: Word, item: Word) -> bool:
    """Whether a word below an item belongs to a noun conjoined to it (another item, read on its own)."""
    while word.index != item.index:
        if word.dep == "conj" and word.pos in NOUNS:
            return True
        head = parse.head_of(word)
        if head is None:
            return False
        word = head
    return False


def _number(numbers: dict[int, tuple[int, str, int]], parse: Parse, noun: Word) -> tuple[int | None, str | None]:
    """The number that counts a noun (value, wording), 1 for an indefinite article, else (None, None)."""
    if noun.index in numbers:
        return numbers[noun.index][0], numbers[noun.index][1]
    article = next((c for c in parse.children(noun) if c.dep == "det" and c.has("Definite=Ind")), None)
    if article is not None and article.has("Number=Sing"):
        return 1, article.text
    return None, None


def _unique(given: list[Given]) -> list[Given]:
    """Each noun once (a word may be the object of two frames)."""
    seen: set[int] = set()
    kept: list[Given] = []
    for item in given:
        if item.start not in seen:
            seen.add(item.start)
            kept.append(item)
    return kept
