"""The mark an NLP finder family leaves on what it adds: its id as the fact's origin, and the first step of the
fact's trace."""

from dataclasses import replace

from summariser.facts import GroundedFact
from summariser.rules import finder_rule
from summariser.schemas import Decision
from summariser.schemas.summary import Origin
from summariser.verify.recite import label


def added_by(family: Origin, facts: list[GroundedFact]) -> list[GroundedFact]:
    """`facts`, found by the finder family `family`, each marked with it."""
    return [
        replace(
            fact,
            source=fact.source.model_copy(update={"origin": family}),
            trace=(
                Decision(
                    rule=finder_rule(family), action="added", article_id=fact.source.article_id, detail=label(fact.fact)
                ),
                *fact.trace,
            ),
        )
        for fact in facts
    ]
