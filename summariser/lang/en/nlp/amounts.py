"""Which number counts which noun in an English parse ("two bears and 25 pheasants" gives (2, bear) and
(25, pheasant), never (25, bear)), with the article's qualifier ("up to", "more than") and whether the count
is a projection ("could increase to"); and the things a verb moves that no number counts."""

from dataclasses import dataclass, replace

from spacy.tokens import Token

from summariser.lang.concepts import thing
from summariser.lang.en.nlp.parsing import governing_verb, noun_token, parse
from summariser.load.numerals import BESIDE, whole_number

_WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE = {"dozen", "dozens", "several", "many", "few", "thousands", "hundreds", "millions", "scores", "number"}
_UNITS = {"species", "kind", "type", "breed", "pair", "flock", "herd", "head", "set", "group", "batch"}
_NOT_COUNTED = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"}
_PROJECTION_AUX = {"could", "may", "might", "will", "would", "'ll"}
CHANGE_VERBS = {"increase", "rise", "grow", "reach", "double", "expand", "climb", "swell"}


@dataclass(frozen=True)
class Count:
    """A number the sentence attaches to a noun."""

    value: int | None  # None for vague amounts: "dozens", "thousands"
    noun: str  # lemma of the counted noun: "bear", "troop", "pheasant"
    noun_phrase: str  # the counted noun with its modifiers, as written: "North Korean troops"
    unit: str | None  # "species" in "25 species of pheasants"
    qualifier: str | None  # "up to", "more than", "over", "as many as"
    wording: str  # the article's words for the amount: "up to 12,000"
    projection: bool  # stated as what could happen ("could increase to 100,000")
    verb: str | None  # lemma of the verb that governs the count: "send", "deploy", "have"
    start: int
    end: int
    elided: bool = False  # the noun is left out and read from an earlier count ("in return for eight")

    @property
    def lone_article(self) -> bool:
        """Whether the amount is only "a"/"an" ("a lion", "a prisoner swap"): too often no count at all."""
        return self.wording.lower() in ("a", "an")


def value_of(words: str, before: str = "", after: str = "") -> int | None:
    """A count written in digits or words: '12,000' -> 12000, '1.2 million' -> 1200000, 'one hundred
    twenty' -> 120; None where they state no whole number exactly ('2.5', '12,000.5', '1×10', 500 digits),
    as load/numerals.whole_number reads them, with `before` and `after`, the text beside them ('10^')."""
    parts = words.lower().replace("-", " ").split()
    scale = 1
    while len(parts) > 1 and parts[-1] in _SCALES:
        scale *= _SCALES[parts.pop()]
    spelled = _spelled(parts)
    if spelled is not None:
        return whole_number(str(spelled), scale=scale, before=before, after=after)
    if len(parts) == 1:
        return whole_number(parts[0], scale=scale, point=".", before=before, after=after)
    return None


_TENS = range(20, 100, 10)


def _spelled(words: list[str]) -> int | None:
    """The number English number words make ('twenty five' 25, 'one hundred twenty' 120, 'two thousand
    five' 2005), or None where they make none ('five six', 'twenty thirty', 'ten five')."""
    if not words or not all(w in _WORD_VALUES for w in words):
        return None
    total, current, last = 0, 0, 0
    for word in words:
        value = _WORD_VALUES[word]
        if value == 1000 and total == 0:
            total, current = max(current, 1) * 1000, 0
        elif value == 100 and current < 100:
            current = max(current, 1) * 100
        elif value < 100 and (last in (0, 100, 1000) or (last in _TENS and value < 10)):
            current += value
        else:
            return None
        last = value
    return total + current


def _beside(first: Token, last: Token) -> tuple[str, str]:
    """The text just before `first` and just after `last`, where a notation shows ('10^' before '400')."""
    text = first.doc.text
    start, end = first.idx, last.idx + len(last.text)
    return text[max(0, start - BESIDE) : start], text[end : end + BESIDE]


def counts(text: str) -> list[Count]:
    """Every number in the text with the noun it counts (offsets into `text`)."""
    doc = parse(text)
    skip = {t.i for ent in doc.ents if ent.label_ in _NOT_COUNTED and not _measured(ent.root) for t in ent}
    found: list[Count] = []
    for token in doc:
        if token.i in skip:
            continue
        count = _count_at(token)
        if count is not None:
            found.append(count)
    return found


def _count_at(token: Token) -> Count | None:
    """The count that `token` starts, if it is the number word of one."""
    lower = token.lower_
    if token.dep_ == "compound" and token.head.lower_ in _SCALES:
        return None  # "1.2" in "1.2 million": read from "million"
    if token.dep_ == "det" and lower in ("a", "an"):
        noun = token.head
        if noun.tag_ != "NN" or noun.lemma_.lower() in _VAGUE:
            return None
        if noun.lemma_.lower() == "pair":
            counted = _of_object(noun)
            return _make(token, noun, counted or noun, 2, None) if counted else None
        if noun.lemma_.lower() in _UNITS:
            return None
        return _make(token, token, noun, 1, None)
    if lower in _VAGUE and token.pos_ in ("NOUN", "NUM"):
        counted = _of_object(token)
        return _make(token, token, counted, None, None) if counted is not None else None
    if not (token.like_num or token.pos_ == "NUM") or token.dep_ not in ("nummod", "pobj", "dobj", "nsubj", "attr"):
        return None
    number_end = token
    words = token.text
    compounds = [c for c in token.children if c.dep_ == "compound" and c.like_num]
    if compounds:
        words = " ".join([*(c.text for c in compounds), token.text])
    value = value_of(words, *_beside(min([token, *compounds], key=lambda t: t.i), token))
    if value is None:
        return None
    if token.dep_ == "nummod" and token.head.pos_ in ("NOUN", "PROPN"):
        noun = token.head
        if noun.lemma_.lower() == "pair":
            counted = _of_object(noun)
            return _make(token, number_end, counted, value * 2, None) if counted is not None else None
        if noun.lemma_.lower() in _UNITS or noun.lower_ in _UNITS or _measures_a_thing(noun):
            counted = _of_object(noun)
            return _make(token, number_end, counted, value, noun.lower_) if counted is not None else None
        if noun.lower_ == "others" and noun.dep_ == "conj" and noun.head.ent_type_ == "PERSON":
            return _make(token, number_end, noun, value, None, counted_as="person")  # "Kara-Murza and twelve others"
        return _make(token, number_end, noun, value, None)
    if token.dep_ == "pobj" and token.head.lower_ in ("from", "to") and token.head.head.pos_ == "VERB":
        subject = _subject_noun(token.head.head)  # "deployment of troops could increase from 11,000 to 100,000"
        return _make(token, number_end, subject, value, None, current=token.head.lower_ == "from")
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "from":
        verb = token.head.head.head
        return _make(token, number_end, _subject_noun(verb) if verb.pos_ == "VERB" else None, value, None)
    partitive = _of_object(token)  # "sending a little more than 30 of the sophisticated tanks"
    if partitive is not None and partitive.tag_ in ("NNS", "NNPS") and value > 1:
        return _make(token, number_end, partitive, value, None)
    return None


_BARE_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos"}


def elided_counts(text: str, nouns: set[str]) -> list[Count]:
    """Numbers standing alone where a noun was left out, read as counting the noun of the sentence's
    first count of one of `nouns` ("the release of 16 individuals ... in return for eight held in
    America": eight individuals). The verb is the number's own (its participle, "held", or the verb
    above it), so the two counts never read as one measure."""
    doc = parse(text)
    named = {t.i for ent in doc.ents if ent.label_ != "CARDINAL" for t in ent}  # dates, money, times
    antecedent = next((c for c in counts(text) if c.noun in nouns and c.value is not None and not c.lone_article), None)
    noun = noun_token(doc, antecedent.noun, antecedent.start) if antecedent else None
    if antecedent is None or noun is None:
        return []
    found: list[Count] = []
    for token in doc:
        if token.i in named or token.idx <= antecedent.start or token.pos_ != "NUM" or token.dep_ not in _BARE_DEPS:
            continue
        value = value_of(token.text, *_beside(token, token))
        made = _make(token, token, noun, value, None) if value is not None else None
        if made is None:
            continue
        participle = next((c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
        verb = participle if participle is not None else governing_verb(token)
        verb_lemma = verb.lemma_.lower() if verb is not None else None
        found.append(replace(made, noun_phrase=noun.text, verb=verb_lemma, elided=True))
    return found


def _measures_a_thing(noun: Token) -> bool:
    """Whether a counted noun measures out the thing its "of" names, with no determiner: "four sacks of
    potatoes", "four barrels of homemade wine". The thing is one the lexicon of things names (lang/concepts.py:
    a CLDR emoji's name) and the noun is none, so "two bears of the zoo" and "ten members of parliament" count
    bears and members."""
    counted = _of_object(noun)
    if counted is None or any(c.dep_ == "det" for c in counted.children):
        return False
    return thing(counted.lemma_.lower(), "en") is not None and thing(noun.lemma_.lower(), "en") is None


def _measured(root: Token) -> bool:
    """Whether a QUANTITY the NER model tags ("four barrels") measures out a thing (`_measures_a_thing`)."""
    return root.pos_ == "NOUN" and _measures_a_thing(root)


def _of_object(token: Token) -> Token | None:
    """X in 'dozens of X', '25 species of X', 'a pair of X'."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _subject_noun(verb: Token) -> Token | None:
    """The noun a verb's subject counts: 'its deployment of troops could increase' -> troops."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return _of_object(child) or child
    return None


def _make(
    first: Token,
    number: Token,
    noun: Token | None,
    value: int | None,
    unit: str | None,
    *,
    current: bool = False,
    counted_as: str | None = None,
) -> Count | None:
    """The Count of a number; `current`: the starting point of a change ("from 11,000"), not a projection;
    `counted_as`: the lemma of what a pronoun-like noun stands for ("others" beside a person: "person")."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    doc = first.doc
    qualifier_tokens = [
        c for c in number.children if c.dep_ in ("quantmod", "advmod", "amod") and c.i < number.i and not c.like_num
    ]
    numerals = [c for c in number.children if c.dep_ == "compound" and c.like_num]
    first = min([first, *numerals], key=lambda t: t.i)
    start = min([first.i, *(c.left_edge.i for c in qualifier_tokens)])  # "a little more than 30"
    qualifier = doc[start : first.i].text.lower() if start < first.i else None
    last = number.i
    wording = doc[start : last + 1].text + (f" {unit}" if unit and unit != "pair" else "")
    left = min([noun.i, *(c.left_edge.i for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod"))])
    phrase = doc[left : noun.i + 1].text
    verb = governing_verb(noun if noun.i != number.i else number)
    projection = (
        not current
        and verb is not None
        and (verb.lemma_.lower() in CHANGE_VERBS or any(c.lower_ in _PROJECTION_AUX for c in verb.children))
    )
    return Count(
        value=value,
        noun=counted_as or noun.lemma_.lower(),
        noun_phrase=phrase,
        unit=unit,
        qualifier=qualifier,
        wording=wording,
        projection=projection,
        verb=verb.lemma_.lower() if verb is not None else None,
        start=doc[start].idx,
        end=doc[last].idx + len(doc[last].text),
    )


_TOWARDS_VERB = {"dobj", "pobj", "prep", "conj", "appos", "advmod", "cc", "nsubjpass"}
"""Arcs followed from a noun up to the verb it is the thing of: its object, "along with" it, "and" it."""


def supplied(text: str, nouns: set[str], verbs: set[str]) -> list[str]:
    """The noun phrases of `nouns` (lemmas) that no number counts and that a verb of `verbs` moves from one
    party to another ("has sent thousands of troops ..., along with artillery shells and missiles" ->
    "artillery shells", "missiles"; "has shipped weapons to Moscow" -> "weapons")."""
    phrases: list[str] = []
    for token in parse(text):
        if token.lemma_.lower() not in nouns or token.pos_ != "NOUN":
            continue
        if any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in token.children):
            continue  # a counted noun is a count (counts())
        head = token
        while head.dep_ in _TOWARDS_VERB and head.head.i != head.i and head.pos_ != "VERB":
            head = head.head
        if head.pos_ == "VERB" and head.lemma_.lower() in verbs:
            modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
            phrases.append(text[(modifiers[0] if modifiers else token).idx : token.idx + len(token)])
    return phrases
