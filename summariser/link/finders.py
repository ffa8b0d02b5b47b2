"""link's finder family in enrich's one signature (enrich/runner.py): names_across, a name grounded in one
article found in another's script or spelling (link/across.py), matched against the names the run knows as
its round began. enrich/registry.py runs it in its place, before the families that read what it adds."""

from summariser.enrich.runner import Family, Passage, RunContext
from summariser.facts import GroundedFact
from summariser.link.across import known_names, names_across


def _names_across(passage: Passage, facts: list[GroundedFact], run: RunContext) -> list[GroundedFact]:
    return names_across(passage.article, run.once(known_names), facts)


FAMILIES: dict[str, Family] = {"names_across": Family("names_across", _names_across)}
"""link's families by id (summariser/finders.py)."""
