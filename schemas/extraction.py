"""What the model returns for one article: gifts, actors and military claims, each with evidence.

The field descriptions are read by the model; keep them short, concrete and strict.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EVIDENCE_DESCRIPTION = (
    "Copy, character for character, the shortest complete sentence or clause of the article "
    "that states this fact. Never paraphrase, never translate, never join two sentences."
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Gift(_Strict):
    """One thing given by one party to another."""

    item: str = Field(description="What was given, as the article names it, e.g. 'African lion'.")
    quantity: int | None = Field(
        description="How many, as a whole number, when the article states a number; else null."
    )
    quantity_text: str | None = Field(
        description="The article's own words for the amount, e.g. 'more than 70', '25 species of'."
    )
    giver: str | None = Field(description="Person or country that gave it.")
    recipient: str | None = Field(description="Person, country or people that received it.")
    from_institution: str | None = Field(description="Institution it came from, e.g. a zoo.")
    to_institution: str | None = Field(description="Institution it went to, e.g. a zoo.")
    transport: str | None = Field(description="How it was delivered, e.g. 'by plane'.")
    date: str | None = Field(description="When it was given, in the article's words.")
    evidence: str = Field(description=EVIDENCE_DESCRIPTION)
    original: str | None = Field(
        default=None, description="The article's own word for the item where it is not English (set by code)."
    )


class Actor(_Strict):
    """A person or institution that acts or speaks in the article."""

    name: str = Field(description="Full name as written, e.g. 'Alexander Kozlov' or 'Moscow Zoo'.")
    role: str | None = Field(description="Title or role, e.g. 'natural resources minister'.")
    organisation: str | None = Field(description="Government body or organisation they belong to.")
    country: str | None = Field(description="Country they represent.")
    said: str | None = Field(description="Words the article quotes them saying, copied exactly; null if none.")
    evidence: str = Field(description=EVIDENCE_DESCRIPTION)
    written: str | None = Field(
        default=None, description="The name as an article not in English writes it, where the model gave it."
    )


ClaimType = Literal["troop_deployment", "treaty", "arms", "casualties", "other"]


class MilitaryClaim(_Strict):
    """A statement about troops, treaties, weapons or casualties."""

    claim_type: ClaimType = Field(
        description="troop_deployment: soldiers sent somewhere; treaty: a pact or agreement; "
        "arms: weapons or shells; casualties: people killed or wounded; other: anything else."
    )
    subject: str = Field(description="What the claim is about, in a few words.")
    figure: int | None = Field(description="The number stated, as a whole number (12,000 -> 12000); null if none.")
    figure_text: str | None = Field(description="The article's words for the number, e.g. 'up to 12,000'.")
    claimed_by: str | None = Field(description="Who makes the claim, e.g. 'the Pentagon'.")
    place: str | None = Field(description="Where, e.g. 'Kursk region'.")
    date: str | None = Field(description="When, in the article's words.")
    evidence: str = Field(description=EVIDENCE_DESCRIPTION)


class GiftList(_Strict):
    """Every gift the article mentions."""

    gifts: list[Gift] = Field(description="One entry per distinct item given; empty if none.")


class ActorList(_Strict):
    """Every person or institution that acts or speaks in the article."""

    actors: list[Actor] = Field(description="One entry per person or institution; empty if none.")


class MilitaryClaimList(_Strict):
    """Every military claim in the article."""

    claims: list[MilitaryClaim] = Field(description="One entry per claim; empty if none.")


# What the model answers in the numbered design: it reads the article as numbered sentences and
# cites a sentence number; code takes the quote and its offsets from that sentence, and reads from the
# sentence's parse what a parse states better than a small model: the amount and its wording, what is
# counted, who claims a figure, when a gift was given (lang/en/reading.py). So the model writes only what
# needs reading: which sentence, what kind of fact, an item or a name, a role. Entries are short arrays,
# their sentence number first (the model reads the sentence before it writes the values): every output
# token costs about 0.1 s on 2 CPU cores, and an array costs half the tokens of an object with keys.

MAX_GIFTS, MAX_ACTORS, MAX_CLAIMS = 12, 10, 8
"""List caps, which the grammar enforces: a greedy small model can repeat one entry until max_tokens."""

GiftRef = tuple[int, str, int | None]
"""[sentence, item, quantity or null]"""
ActorRef = tuple[int, str, str | None, str | None, int | None]
"""[sentence, name, role or null, country or null, sentence quoting or reporting their words or null]"""
WrittenActorRef = tuple[int, str, str, str | None, str | None, int | None]
"""An actor of an article not in English: [sentence, the name as the sentence writes it, the name in English, role or
null, country or null, sentence of their words or null]. Names are asked in English (the brief's language), but a
body's name in English ("Transport Ministry") is no word of "das Verkehrsministerium": the name as written is what
code finds in the sentence."""
WRITTEN_ACTOR_FIELDS = 6
"""The length of a WrittenActorRef: how an answer's actor array shows it gives the name as written."""
WRITTEN_ACTORS_DESCRIPTION = (
    "[sentence, name as written, name in English, role, country, sentence of their words or null]"
)
ClaimRef = tuple[int, ClaimType, str, int | None]
"""[sentence, claim type, subject, figure or null]"""


class Extraction(_Strict):
    """Every gift, actor and military claim of the article, each an array citing its sentence number first."""

    gifts: list[GiftRef] = Field(max_length=MAX_GIFTS, description="[sentence, item, quantity or null]")
    actors: list[ActorRef] = Field(
        max_length=MAX_ACTORS, description="[sentence, name, role, country, sentence of their words or null]"
    )
    claims: list[ClaimRef] = Field(max_length=MAX_CLAIMS, description="[sentence, claim_type, subject, figure or null]")


class EnglishSpellings(_Strict):
    """The usual English spelling of each name of a numbered list (summariser/extract/spelling.py)."""

    english: list[str | None] = Field(
        description="One entry per numbered name, in order: its usual English spelling, or null."
    )


MAX_LEDE_SENTENCES = 4


class WrittenSentence(_Strict):
    """One sentence of a lede the model writes, with the ids of the facts it states."""

    text: str = Field(description="One plain sentence, in English, stating only what the cited facts state.")
    fact_ids: list[str] = Field(description="The ids of the facts the sentence states, e.g. ['g1', 'm2'].")


class WrittenLede(_Strict):
    """A lede of a few sentences the model writes from a brief's merged facts (summariser/extract/lede.py)."""

    sentences: list[WrittenSentence] = Field(
        max_length=MAX_LEDE_SENTENCES,
        description="2 to 4 sentences: what was given, by whom to whom; the "
        "figures in dispute with who claims each; how many articles and independent reports.",
    )
