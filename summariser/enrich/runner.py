"""The one runner of the finder families: each family reads a passage and the facts so far in one signature
(Finder), its round and step decide what it sees, and every fact it adds passes through Runner._added.

A round goes through its steps in order; the families of one step read the same facts (those before the
step) and their findings are added in the step's order. A family switched off (Settings.disabled_finders)
is skipped; one that raises costs only what it would have added: one "partial" failure line for the
article, every other fact kept."""

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from summariser.enrich.origin import added_by
from summariser.facts import GroundedFact
from summariser.load.articles import Article
from summariser.schemas.summary import Origin

T = TypeVar("T")
Step = tuple[str, ...]
"""The ids of families that read the same facts: those before the step."""
Round = tuple[Step, ...]


@dataclass(frozen=True)
class Passage:
    """What a finder reads: an article's chunk (its text from `offset` on), or the whole article."""

    article: Article
    offset: int
    text: str

    @classmethod
    def whole(cls, article: Article) -> "Passage":
        """The whole article as one passage."""
        return cls(article, 0, article.text)


@dataclass(frozen=True)
class RunContext:
    """What a finder may know beyond its passage: the articles by id, and every fact of the run as its
    round began, from which the names it knows and the things it gives are derived once (`once`)."""

    articles: Mapping[str, Article]
    facts: list[GroundedFact]
    _derived: dict[Callable[[list[GroundedFact]], Any], Any] = field(default_factory=dict, repr=False, compare=False)

    def once(self, derive: Callable[[list[GroundedFact]], T]) -> T:
        """derive(every fact as the round began), computed on the round's first ask."""
        if derive not in self._derived:
            self._derived[derive] = derive(self.facts)
        return cast(T, self._derived[derive])


Finder = Callable[[Passage, list[GroundedFact], RunContext], list[GroundedFact]]
"""A finder family's one signature: a passage, the facts so far, the run -> the facts it adds (or, for a
family that revises, the passage's facts as they stand after it)."""


@dataclass(frozen=True)
class Family:
    """A finder family: its id (summariser/finders.py), its finder, and whether it revises the facts
    (keeps, replaces or leaves them out) instead of adding to them."""

    id: str
    find: Finder
    revises: bool = False


class Runner:
    """Runs rounds of families on passages, collecting one failure line per article and family that broke."""

    def __init__(self, families: Mapping[str, Family], off: frozenset[str]) -> None:
        self.families = families
        self.off = off
        self.failures: list[tuple[str, str]] = []  # (article id, "finder <id>: <error type>")

    def round(self, steps: Round, passage: Passage, facts: list[GroundedFact], run: RunContext) -> list[GroundedFact]:
        """The passage's facts after each step of the round in turn."""
        for step in steps:
            seen = list(facts)
            added: list[GroundedFact] = []
            for family in (self.families[i] for i in step if i not in self.off):
                found = self._guarded(family, passage, seen, run)
                if found is None:
                    continue
                if family.revises:
                    assert len(step) == 1, f"{family.id} revises the facts: it takes a step of its own"
                    seen = self._revised(family.id, found)
                else:
                    added += self._added(family.id, found)
            facts = seen + added
        return facts

    def _added(self, family: str, facts: list[GroundedFact]) -> list[GroundedFact]:
        """The facts a family adds, each marked with the family's id: the one way a found fact enters the run."""
        return added_by(cast(Origin, family), facts)

    def _revised(self, family: str, facts: list[GroundedFact]) -> list[GroundedFact]:
        """The facts as a revising family leaves them: the one way a fact is replaced or left out."""
        return facts

    def _guarded(
        self, family: Family, passage: Passage, facts: list[GroundedFact], run: RunContext
    ) -> list[GroundedFact] | None:
        """What a family finds, or None where it broke (listed once for the article)."""
        try:
            return family.find(passage, facts, run)
        except Exception as error:  # noqa: BLE001 - a finder's bug must not lose the run (one line, below)
            article = passage.article.id
            logging.getLogger(__name__).warning(
                "finder %s failed on %s: %s: %s", family.id, article, type(error).__name__, error
            )
            line = f"finder {family.id}: {type(error).__name__}"
            if (article, line) not in self.failures:
                self.failures.append((article, line))
            return None
