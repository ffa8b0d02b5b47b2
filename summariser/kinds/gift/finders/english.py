"""Counted things an English sentence says were given, where the model left them out: each a gift read by the
same checks as the model's (lang/en/reading.py), marked origin "nlp_gifts"; only from English text."""

from dataclasses import replace

from spacy.tokens import Token

from summariser.facts import GroundedFact
from summariser.kinds.gift.schema import Gift
from summariser.kinds.sentences import english_only, sentences
from summariser.lang.en import frames, nlp
from summariser.lang.en.reading import NOT_GIVEN, read
from summariser.load.articles import Article
from summariser.verify import checks
from summariser.verify.recite import source

_NOT_GIFTS = {"gift", "present", "donation", "team", "trip", "report", "statement", "sign", "part", "number", "time"}


def nlp_gifts(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Counted things a giving frame of a sentence names (frames.given_tokens: the object of a verb of
    giving, "a gift of X", "X as a gift", each item of a list with its own count) that no grounded gift of
    this text states: each read by the same checks."""
    if not checks.english_anywhere(article):
        return []
    known = {
        (f.reading.head, f.reading.value)
        for f in grounded
        if isinstance(f.fact, Gift) and f.reading is not None and f.source.article_id == article.id
    }
    gift_text = frames.speaks_of_gifts(text)
    found: list[GroundedFact] = []
    for span, sentence, _ in sentences(text):
        for count in gift_counts(sentence, gift_text):
            if (count.noun, count.value) in known:
                continue
            draft = Gift(
                item=count.noun_phrase, quantity=count.value, quantity_text=count.wording, giver=None,
                recipient=None, from_institution=None, to_institution=None, transport=None, date=None,
                evidence=sentence,
            )  # fmt: skip
            result = read(draft, sentence, "")
            if result is not None:
                known.add((count.noun, count.value))
                found.append(
                    GroundedFact("gifts", result[0], source(article, offset, span, "nlp_gifts"), None, result[1])
                )
    return english_only(article, found)


def gift_counts(sentence: str, gift_text: bool = True) -> list[nlp.Count]:
    """Counts of the things a giving frame of the sentence names (frames.given_tokens), each item of a list
    with its own, whose noun is no troop, weapon, person or gift word; "a"/"an" only where the frame is
    firm ("gave him a sword and two horses", "a car as a gift"; never "gave a speech")."""
    given = frames.given_tokens(sentence, gift_text)
    doc = nlp.parse(sentence)
    found: list[nlp.Count] = []
    for count in nlp.counts(sentence):
        token = nlp.noun_token(doc, count.noun, count.start)
        index = None if token is None else token.i
        if index is None or index not in given or (count.lone_article and not given[index]):
            continue
        if count.noun not in _NOT_GIFTS and count.noun not in NOT_GIVEN:
            found.append(replace(count, noun_phrase=_with_what_of(doc[index], count.noun_phrase)))
    return found


def _with_what_of(noun: Token, phrase: str) -> str:
    """The counted noun's phrase with the "of" phrase the noun governs, where the noun is the thing given and not a
    measure of another (a measure's count is already of the thing: "four sacks of potatoes"): "a replica of
    President Eisenhower's sword" is no bare "replica"."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None) if of else None
    if of is None or what is None:
        return phrase
    end = max([what.i, *(c.right_edge.i for c in what.rights if c.dep_ not in _NOT_OF_THE_THING)])
    return f"{phrase} {noun.doc[of.i : end + 1].text}"


_NOT_OF_THE_THING = frozenset({"appos", "punct", "relcl", "acl", "cc", "conj", "prep"})
"""What follows the "of" phrase's noun without describing it: "a replica of the sword, a symbol of ..."."""
