"""How military claims merge across articles (pure: no I/O, no model).

Claims group by measure: claim type plus what the parse says the figure counts (a deployment, a projection, a
force's size, casualties), so an army's size or a projection never meets a deployment figure. Claims without a
figure merge only with claims of the same measure and head noun.
A figure read without a parse (Reading.compared False: "31 tanques") is never compared with another; it joins the
parsed figure of the same claim type, English head noun and number ("31 Abrams tanks"), or else the unparsed one;
nouns for people in general are one noun there ("10 человек" = "10 prigionieri" = "10 prisoners"), as
translations swap them."""

from collections import defaultdict

from summariser.facts import GroundedFact
from summariser.kinds.merging import disagreement, reading_of, source_order, trace, unique_sources, value_of
from summariser.kinds.military.schema import MergedClaim, MilitaryClaim
from summariser.schemas import Conflict

_ANY_PARTICIPANT = {"people", "person", "prisoner", "detainee", "individual"}


def merge_claims(facts: list[GroundedFact]) -> tuple[list[MergedClaim], list[Conflict]]:
    """One entry per measure and figure, and a disagreement per measure stated with two or more figures."""
    groups: dict[tuple[str, str, bool], list[GroundedFact]] = defaultdict(list)
    parsed: dict[tuple[str, str, str], tuple[str, str, bool]] = {}  # (type, noun class, value) -> a parsed key
    unparsed: dict[tuple[str, str, str], tuple[str, str, bool]] = {}  # the same, for figures read without a parse
    for fact in sorted(facts, key=lambda f: not reading_of(f).compared):
        reading = reading_of(fact)
        value = value_of(fact)
        key = (
            reading.measure or _claim_type(fact),
            value if value is not None else f"-{reading.head}",
            reading.compared,
        )
        if reading.compared:
            parsed.setdefault((_claim_type(fact), _noun_class(reading.head), key[1]), key)
        else:  # "31 tanques" joins the parsed "31 Abrams tanks": same noun, same number; "10 человек" and
            # "10 prigionieri" join each other and a parsed "10 prisoners": people counted, same number
            same = (_claim_type(fact), _noun_class(reading.head), key[1])
            key = parsed[same] if same in parsed else unparsed.setdefault(same, key)
        groups[key].append(fact)
    merged: list[MergedClaim] = []
    figures: dict[str, dict[str, str]] = defaultdict(dict)
    members_by_measure: dict[str, list[tuple[str, GroundedFact]]] = defaultdict(list)
    for key in sorted(groups, key=lambda k: source_order(groups[k][0].source)):
        members = groups[key]
        first = members[0].fact
        assert isinstance(first, MilitaryClaim)
        fact_id = f"m{len(merged) + 1}"
        sources = unique_sources(m.source for m in members)
        merged.append(MergedClaim(id=fact_id, claim=first, sources=sources, trace=trace(members, sources)))
        measure, value, compared = key
        if compared and not value.startswith("-"):
            figures[measure][value] = fact_id
            members_by_measure[measure].extend((value, m) for m in members)
    conflicts = [
        disagreement("military", f"{measure.replace('_', ' ')} figures", members_by_measure[measure], ids)
        for measure, ids in sorted(figures.items())
        if len(ids) > 1
    ]
    return merged, conflicts


def _noun_class(head: str) -> str:
    """A counted noun as compared across languages: the nouns for people taking part in general ("people",
    "prisoners", "detainees", "individuals") are one class, since translations swap them; any other noun
    ("citizens", "Germans", "tanks") stands for itself."""
    return "people" if head in _ANY_PARTICIPANT else head


def _claim_type(fact: GroundedFact) -> str:
    assert isinstance(fact.fact, MilitaryClaim)
    return fact.fact.claim_type
