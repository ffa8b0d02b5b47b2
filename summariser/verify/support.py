"""Is a military claim's evidence about its kind of claim at all? (70 zoo animals are no troop
deployment.) The structural reading of every fact against its sentence is lang/en/reading.py."""

import re

from summariser.lang.en.reading import COUNTED
from summariser.schemas import Actor, Gift, MilitaryClaim

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
    "arms": ("weapon", "arms", "ammunition", *sorted(COUNTED["arms"])),  # and every noun an arms figure counts
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
