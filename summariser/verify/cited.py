"""A reply that cites sentence numbers, turned into facts whose evidence is the cited sentence itself:
quotes are exact by construction, and the checks of verify/recite.py then read each fact against it."""

import re
from typing import Any

from pydantic import BaseModel

from summariser.facts import Fact
from summariser.schemas import Actor, Gift, MilitaryClaim
from summariser.schemas.extraction import WRITTEN_ACTOR_FIELDS
from summariser.verify.numbered import Numbered

_QUOTED = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|«([^»]{3,})»|„([^“”]{3,})[“”]|‘([^’]{12,})’")
KIND_OF_FIELD = {"gifts": "gifts", "actors": "actors", "claims": "military"}


def entries(reply: BaseModel) -> list[tuple[str, tuple[Any, ...]]]:
    """Every entry of a reply (an array, its sentence number first) with the name of the list holding it."""
    return [(name, tuple(entry)) for name in type(reply).model_fields for entry in getattr(reply, name)]


def cited(name: str, entry: tuple[Any, ...]) -> list[int]:
    """The sentence numbers an entry cites: its sentence, and for an actor the sentence of their words (the
    array's last value, with or without the name as written)."""
    said = entry[-1] if name == "actors" else None
    return [entry[0], *([said] if said is not None else [])]


def facts_of_reply(reply: BaseModel, numbers: Numbered) -> list[tuple[str, Fact]]:
    """Each entry of the reply as (kind, fact), its evidence the sentence it cites (numbers in range:
    the validator saw to that)."""
    return [(KIND_OF_FIELD[name], fact_of(name, entry, numbers)) for name, entry in entries(reply)]


_NOT_NAME_ENDS = ' \t\n"“”,;:[]'
"""Characters that never open or close a name."""


def fact_of(name: str, entry: tuple[Any, ...], numbers: Numbered) -> Fact:
    """One cited entry of list `name` as the fact it states, with its sentence as evidence."""
    evidence = numbers.sentence(entry[0])
    if name == "gifts":
        _, item, quantity = entry
        return Gift(
            item=item, quantity=quantity, quantity_text=None, giver=None, recipient=None, from_institution=None,
            to_institution=None, transport=None, date=None, evidence=evidence,
        )  # fmt: skip
    if name == "actors":
        written, (person, role, country, said_in) = (
            (entry[1], entry[2:]) if len(entry) == WRITTEN_ACTOR_FIELDS else (None, entry[1:])
        )
        person = person.strip(_NOT_NAME_ENDS)  # 'Initiative (USAI)",': a small model's JSON, run into the name
        written = written.strip(_NOT_NAME_ENDS) if written else None
        said = words_in(numbers.sentence(said_in)) if said_in is not None else None
        return Actor(
            name=person, role=role, organisation=None, country=country, said=said, evidence=evidence,
            written=written if written and written != person else None,
        )  # fmt: skip
    _, claim_type, subject, figure = entry
    return MilitaryClaim(
        claim_type=claim_type, subject=subject, figure=figure, figure_text=None, claimed_by=None, place=None,
        date=None, evidence=evidence,
    )  # fmt: skip


MIN_STATEMENT_WORDS = 4
"""Words from which a quotation is something said: fewer is a term in quotation marks, a nickname or a title
("Panda-Diplomatie", "Kingdom of Heaven"), which states nothing of the speaker's."""


def words_in(sentence: str) -> str:
    """What a sentence reports someone saying: its longest quotation (inside the marks) of MIN_STATEMENT_WORDS
    words or more, else the whole sentence (reported speech). Whether the sentence reports the actor saying it
    is checked by code later."""
    quotes = [next(group for group in match if group) for match in _QUOTED.findall(sentence)]
    said = [q for q in quotes if len(q.split()) >= MIN_STATEMENT_WORDS]
    return max(said, key=len).strip() if said else sentence
