"""Counted things an English sentence says were given, where the model left them out: each a gift read by the
same checks as the model's (lang/en/reading.py), marked origin "nlp_gifts"; only from English text."""

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
            found.append(count)
    return found
