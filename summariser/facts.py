"""Shared types of the pipeline: facts with their sources, per-article results, call counters.

Imports nothing of the package but its schemas, so every stage can use it without a cycle.
"""

import threading
from dataclasses import dataclass, field, fields
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from summariser.schemas import Actor, Decision, DroppedFact, Gift, MilitaryClaim, Source

M = TypeVar("M", bound=BaseModel)
Fact = Gift | Actor | MilitaryClaim


@dataclass
class CallStats:
    """What calls cost: HTTP requests, transport retries, re-asks, parameter adaptations (a 400
    naming a parameter, answered once by changing it), tokens (updated by the client).

    Thread-safe: an article's calls run concurrently and share one record (and one request cap).
    """

    requests: int = 0
    transport_retries: int = 0
    reasks: int = 0
    param_adaptations: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: int) -> None:
        """Add to some counters."""
        with self._lock:
            for name, value in counts.items():
                setattr(self, name, getattr(self, name) + value)

    def take_request(self, cap: int) -> bool:
        """Count one more request, unless `cap` requests were already made."""
        with self._lock:
            if self.requests >= cap:
                return False
            self.requests += 1
            return True

    def counts(self) -> dict[str, int]:
        """The counters by name."""
        with self._lock:
            return {f.name: getattr(self, f.name) for f in fields(self) if not f.name.startswith("_")}


class ModelClient(Protocol):
    """What extraction needs from a client: one validated object per call."""

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M: ...


@dataclass(frozen=True)
class Reading:
    """What the parse of a fact's sentence says it measures (filled by ground, used by merge)."""

    head: str  # lemma of the counted or named noun: "bear", "troop"; "" for actors
    modifiers: frozenset[str] = frozenset()  # words that qualify it: {"brown"}
    value: int | None = None  # the number the sentence attaches to it
    wording: str | None = None  # the article's words for the amount: "up to 12,000"
    qualifier: str | None = None  # "up to", "more than"
    unit: str | None = None  # "species" in "25 species of pheasants"
    claimant: str | None = None  # who states it: "the Pentagon"; None: the article itself
    occasion: str | None = None  # when it was given, if the sentence dates it: "April"
    recipient: str | None = None  # the person the parse names as receiving a gift ("Joe Biden"), not a country
    measure: str = ""  # for claims: "deployment", "projection", "force size", "casualties", ...
    corrected: bool = False  # the model's number was replaced by the one the sentence states
    compared: bool = True  # False: a figure read without a parse (kinds/military/finders/abroad.py), merged with equal
    # figures but never shown as disagreeing with another


@dataclass(frozen=True)
class GroundedFact:
    """A fact, the verbatim source it rests on, what its sentence says, and for actors the source of
    what they said."""

    kind: str
    fact: Fact
    source: Source
    said: Source | None = None
    reading: Reading | None = None
    trace: tuple[Decision, ...] = ()  # the rules that added, kept, re-cited or corrected it, in order


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    article_id: str
    facts: list[GroundedFact] = field(default_factory=list)
    dropped: int = 0
    rejected: list[DroppedFact] = field(default_factory=list)  # the dropped facts code can show, with their rule
    cache_hits: int = 0
    calls: int = 0
    errors: list[str] = field(default_factory=list)
