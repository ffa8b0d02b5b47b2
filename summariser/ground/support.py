"""Does a piece of evidence actually state the fact it is attached to?

Grounding proves a quote is in the article; this proves the quote is about the fact: a gift's
evidence names the item (and its number), a claim's evidence holds its figure, an actor's evidence
names the actor. The model's most common slip is citing a neighbouring sentence.

This is the lenient check inside the re-ask loop (words and numbers found in the quote); the
structural one runs when facts are kept (ground/reading.py). Both read words through the same
lemmatiser (spaCy's), so "horses" is "horse" everywhere.
"""

import re

from summariser.ground import fallback
from summariser.ground.nlp import lemma
from summariser.schemas import Actor, Gift, MilitaryClaim

_NUMBER_WORDS = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
    11: "eleven", 12: "twelve", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 100: "hundred",
}  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+")


def _has_number(value: int, words_text: str | None, evidence: str) -> bool:
    digits = re.sub(r"(?<=\d)[,\s.](?=\d{3}\b)", "", evidence)
    if re.search(rf"(?<![\d.]){value}(?!\d)", digits):
        return True
    if value in _NUMBER_WORDS and re.search(rf"\b{_NUMBER_WORDS[value]}\b", evidence, re.IGNORECASE):
        return True
    if words_text and words_text.strip() and words_text.strip().lower() in evidence.lower():
        return True
    if value >= 1000:  # "1.2 million", "10 thousand"
        scaled, unit = (value / 1_000_000, "million") if value >= 1_000_000 else (value / 1000, "thousand")
        return bool(re.search(rf"{scaled:g}\s*{unit}", evidence, re.IGNORECASE))
    return False


def support_problem(fact: Gift | Actor | MilitaryClaim, *, english: bool = True) -> str | None:
    """Why the fact's evidence does not state it, or None when it does; with `english` False (text the
    English lemmas cannot read), only what the fallback checks can see: the number and the name."""
    if not english:
        return _fallback_problem(fact)
    evidence = fact.evidence
    lowered = evidence.lower()
    if isinstance(fact, Gift):
        words = _WORD.findall(fact.item.lower())
        if words and lemma(words[-1]) not in lowered:
            return f"the evidence does not mention {fact.item!r}"
        if fact.quantity not in (None, 1) and not _has_number(fact.quantity, fact.quantity_text, evidence):
            return f"the evidence does not state the quantity {fact.quantity}"
    elif isinstance(fact, MilitaryClaim):
        if fact.figure is not None and not _has_number(fact.figure, fact.figure_text, evidence):
            return f"the evidence does not state the figure {fact.figure}"
    else:
        names = [w for w in _WORD.findall(fact.name.lower().replace("-", " ")) if len(w) > 2]
        if names and not any(lemma(w) in lowered for w in names):
            return f"the evidence does not mention {fact.name!r}"
    return None


def _fallback_problem(fact: Gift | Actor | MilitaryClaim) -> str | None:
    """The lenient check for text in another language (ground/fallback.py): the evidence holds the
    number (in digits, or the model's words for it) or names the actor, as written or transliterated."""
    if isinstance(fact, Actor):
        return None if fallback.names(fact.name, fact.evidence) else f"the evidence does not mention {fact.name!r}"
    value, words = (fact.quantity, fact.quantity_text) if isinstance(fact, Gift) else (fact.figure, fact.figure_text)
    if value in (None, 1) and isinstance(fact, Gift):
        return None
    held, _ = fallback.amount(value, words, fact.evidence)
    return None if held else f"the evidence does not state the number {value}"


_TOPIC_WORDS = {
    "troop_deployment": (
        "troop",
        "soldier",
        "forces",
        "army",
        "armies",
        "military",
        "personnel",
        "officer",
        "infantry",
    ),
    "treaty": ("treaty", "treaties", "pact", "agreement", "accord", "partnership", "alliance", "signed"),
    "arms": ("weapon", "arms", "shell", "missile", "ammunition", "artillery", "rocket", "drone", "munition"),
    "casualties": ("killed", "dead", "death", "died", "wounded", "casualt", "injured", "losses"),
}
_TOPIC_PATTERNS = {kind: re.compile(r"\b(?:" + "|".join(words) + ")") for kind, words in _TOPIC_WORDS.items()}


def relevance_problem(fact: Gift | Actor | MilitaryClaim) -> str | None:
    """Why a military claim's evidence is not about its kind of claim (70 zoo animals are not a troop
    deployment), else None. Applied when facts are kept, after the model's answer is accepted."""
    if not isinstance(fact, MilitaryClaim) or fact.claim_type not in _TOPIC_WORDS:
        return None
    if _TOPIC_PATTERNS[fact.claim_type].search(fact.evidence.lower()):
        return None
    return f"the evidence says nothing about a {fact.claim_type.replace('_', ' ')}"
