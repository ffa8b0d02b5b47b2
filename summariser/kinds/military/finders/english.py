"""Troop, casualty and arms figures the English parse attaches to what they count, where the model left them
out, and a treaty or arms sent with no figure: each a claim read by the same checks as the model's
(lang/en/reading.py), marked with their finder family as origin; only from English text."""

from collections.abc import Callable

from summariser.facts import GroundedFact
from summariser.kinds.military.schema import ClaimType, MilitaryClaim
from summariser.kinds.sentences import english_only, sentences
from summariser.lang.en import nlp
from summariser.lang.en.reading import COUNTED, read
from summariser.lang.en.words import PEOPLE
from summariser.load.articles import Article
from summariser.schemas.summary import Origin
from summariser.verify import checks
from summariser.verify.recite import source

_TREATY_NOUNS = {"treaty", "pact", "agreement", "accord"}
_TREATY_VERBS = {"sign", "renew", "ratify", "conclude", "agree"}
_SUPPLIED_ARMS = {"shell", "missile", "rocket", "drone", "weapon", "tank", "artillery", "munition", "howitzer"}
"""Arms nouns that name weapons whatever the sentence ("vehicle", "system" and "round" need a number to be arms)."""
_SUPPLY_VERBS = {"send", "ship", "deliver", "supply", "provide", "transfer", "give", "sell", "export", "hand"}
_CLAIM_ORDER: tuple[ClaimType, ...] = ("troop_deployment", "casualties", "arms")


def nlp_claims(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Every claim the NLP layer adds to a chunk, each family reading the same grounded facts: counted
    claims, then a treaty, then arms sent with no figure (the finder families nlp_claims, treaties and
    supplied of summariser/finders.py, run as one step: enrich/registry.py)."""
    return [
        *counted_claims(article, offset, text, grounded),
        *treaties(article, offset, text, grounded),
        *supplied(article, offset, text, grounded),
    ]


def counted_claims(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Figures the parse attaches to troops, casualties, arms or people (a head count, claim type
    "other"; an amount in words, "hundreds of armored vehicles", for all but head counts) that no
    grounded claim of this text states: each becomes a claim read by the same checks as the model's
    (lang/en/reading.py)."""
    if not checks.english_anywhere(article):
        return []
    return english_only(article, _counted_claims(article, offset, text, grounded))


def treaties(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """A treaty or pact a sentence says was signed, renewed or ratified, when no grounded claim of
    this text is about a treaty."""
    if not checks.english_anywhere(article):
        return []
    return english_only(article, _unnumbered("treaty", _treaty_subjects, article, offset, text, grounded, "treaties"))


def supplied(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Weapons a sentence says were sent, shipped or supplied with no number ("the North has shipped weapons
    to Moscow"), when no grounded claim of this text is about arms: an arms claim without a figure."""
    if not checks.english_anywhere(article):
        return []
    found = _unnumbered(
        "arms",
        lambda sentence: nlp.supplied(sentence, _SUPPLIED_ARMS, _SUPPLY_VERBS),
        article,
        offset,
        text,
        grounded,
        "supplied",
    )
    return english_only(article, found)


def _counted_claims(article: Article, offset: int, text: str, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """The claims a figure counts, English or not (counted_claims keeps the English)."""
    known: set[tuple[str, int | None]] = {
        (f.fact.claim_type, f.fact.figure)
        for f in grounded
        if isinstance(f.fact, MilitaryClaim) and f.source.article_id == article.id
    }
    found: list[GroundedFact] = []
    for span, sentence, before in sentences(text):
        for count in [*nlp.counts(sentence), *nlp.elided_counts(sentence, PEOPLE)]:
            if count.lone_article:
                continue
            for claim_type in _claim_types(count, sentence):
                if (claim_type, count.value) in known or (count.value is None and claim_type == "other"):
                    break
                draft = MilitaryClaim(
                    claim_type=claim_type, subject=count.noun_phrase, figure=count.value, figure_text=count.wording,
                    claimed_by=None, place=None, date=None, evidence=sentence,
                )  # fmt: skip
                result = read(draft, sentence, before)
                if result is not None:
                    known.add((claim_type, count.value))
                    found.append(
                        GroundedFact(
                            "military", result[0], source(article, offset, span, "nlp_claims"), None, result[1]
                        )
                    )
                    break
    return found


def _claim_types(count: nlp.Count, sentence: str) -> list[ClaimType]:
    """The claim types a count may be, most specific first: troops, casualties, arms, then a head count
    ("other": people counted by a people noun or a nationality, "five Germans"); the reading decides.
    A count whose noun is left out is only ever a head count."""
    if count.elided:
        return ["other"] if count.noun in PEOPLE else []
    types: list[ClaimType] = [k for k in _CLAIM_ORDER if count.noun in COUNTED[k]]
    if count.noun in PEOPLE or count.noun_phrase.split()[-1] in {e.text for e in nlp.entities(sentence, "NORP")}:
        types.append("other")
    return types


def _treaty_subjects(sentence: str) -> list[str]:
    nouns = nlp.noun_lemmas(sentence)
    if not nouns & _TREATY_NOUNS or not nlp.word_lemmas(sentence) & _TREATY_VERBS:
        return []
    noun = next(n for n in ("treaty", "pact", "agreement", "accord") if n in nouns)
    return [nlp.noun_phrase(sentence, noun) or noun]


def _unnumbered(
    claim_type: ClaimType,
    subjects: Callable[[str], list[str]],
    article: Article,
    offset: int,
    text: str,
    grounded: list[GroundedFact],
    origin: Origin,
) -> list[GroundedFact]:
    """The first claim of `claim_type` without a figure, on a subject `subjects` finds in a sentence, that the
    reading keeps; none where a grounded claim of this text is of that type already."""
    if any(isinstance(f.fact, MilitaryClaim) and f.fact.claim_type == claim_type for f in grounded):
        return []
    for span, sentence, before in sentences(text):
        for subject in subjects(sentence):
            draft = MilitaryClaim(
                claim_type=claim_type, subject=subject, figure=None, figure_text=None, claimed_by=None, place=None,
                date=None, evidence=sentence,
            )  # fmt: skip
            result = read(draft, sentence, before)
            if result is not None:
                return [GroundedFact("military", result[0], source(article, offset, span, origin), None, result[1])]
    return []
