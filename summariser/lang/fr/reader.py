"""French, read by spaCy's official French pipeline `fr_core_news_sm` 3.8.0 (LGPL-LR; parser, morphology,
lemmas and NER with PER, ORG, LOC and MISC, trained on UD French Sequoia and WikiNER): each sentence is
parsed alone, the model loaded on first use only (it takes a few seconds), so a fully cached run never
loads it. The frames it answers are lang/frames/'s."""

import re
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Span as SpacySpan

from summariser.lang import frames
from summariser.lang.base import Entity, Label, Parse, Vocabulary, Word
from summariser.lang.lexicon import ARMS, PEOPLE

CODE = "fr"
MODEL = "fr_core_news_sm"
CHECKS = (
    "French parse (spaCy fr_core_news_sm 3.8.0): persons and organisations by NER in the body, never places;"
    " gifts by the object of a verb of giving, each conjunct with its own number, never in a question, a"
    " negation, a condition or a supply of arms or people"
)
VOCABULARY = Vocabulary(
    giving=frozenset({"offrir", "donner", "remettre", "léguer", "octroyer", "gratifier"}),
    giving_as_gift=frozenset({"envoyer", "recevoir", "apporter", "expédier", "transmettre", "présenter", "livrer"}),
    gift_nouns=frozenset({"cadeau", "don", "présent", "offrande"}),
    light_verbs=frozenset({"faire"}),
    conditions=frozenset({"si", "s'"}),
    military=frozenset(ARMS[CODE])
    | frozenset(
        {
            "arme",
            "armement",
            "munition",
            "obus",
            "char",
            "missile",
            "roquette",
            "drone",
            "obusier",
            "fusil",
            "canon",
            "blindé",
            "troupe",
            "soldat",
            "militaire",
            "combattant",
            "mercenaire",
            "équipement",
            "matériel",
        }
    ),  # fmt: skip
    people=frozenset(PEOPLE[CODE]),
    of=frozenset({"de", "d'", "du", "des"}),
)
_LABELS: dict[str, Label] = {"PER": "person", "ORG": "organisation", "LOC": "place"}
_IMPERFECT_ENDINGS = ("ais", "ait", "ions", "iez", "aient")
_EDGES = frozenset({"DET", "ADP", "PUNCT", "SPACE"})
_HYPHENATED = re.compile(r"(?:-[^\W\d_]+)+")


@cache
def _pipeline() -> Language:
    import spacy  # deferred: the model loads in seconds, only where French text is read

    return spacy.load(MODEL)


@lru_cache(maxsize=4096)
def parse(sentence: str) -> Parse:
    """The sentence as the French pipeline parses it."""
    doc = _pipeline()(sentence)
    words = tuple(
        Word(
            index=t.i,
            text=t.text,
            start=t.idx,
            end=t.idx + len(t.text),
            lemma=t.lemma_.lower(),
            pos=t.pos_,
            dep=t.dep_,
            head=t.head.i,
            feats=_features(t.text, t.lemma_.lower(), frozenset(str(t.morph).split("|")) - {""}),
        )  # fmt: skip
        for t in doc
    )
    entities = tuple(e for span in doc.ents if (e := _entity(span)) is not None)
    return Parse(sentence, words, entities)


def _features(text: str, lemma: str, feats: frozenset[str]) -> frozenset[str]:
    """The model's features, a conditional it reads as an imperfect put right: the conditional adds the
    imperfect's endings to the infinitive ("offrirait", "donnerait", "remettraient"), the imperfect to the
    stem ("offrait")."""
    if "Tense=Imp" not in feats or not lemma.endswith(("r", "re")):
        return feats
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    if any(text.lower() == stem + ending for ending in _IMPERFECT_ENDINGS):
        return (feats - {"Mood=Ind", "Tense=Imp"}) | {"Mood=Cnd", "Tense=Pres"}
    return feats


def _entity(span: SpacySpan) -> Entity | None:
    """An entity without the articles, prepositions and marks at its edges ("l'Élysée" -> "Élysée")."""
    tokens = [t for t in span]
    while tokens and tokens[0].pos_ in _EDGES:
        tokens.pop(0)
    while tokens and tokens[-1].pos_ in _EDGES:
        tokens.pop()
    if not tokens:
        return None
    end = tokens[-1].idx + len(tokens[-1].text)
    joined = _HYPHENATED.match(span.doc.text, end)  # "Kim Jong-un": the tokenizer splits "-un" off as a pronoun
    return Entity(tokens[0].idx, joined.end() if joined else end, _LABELS.get(span.label_, "other"))


READER = frames.ParsedReader(CODE, CHECKS, parse, VOCABULARY)
