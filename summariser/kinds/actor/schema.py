"""An actor's models: as the model extracts it (schemas/extraction.py: an Actor, its list and its short array) and
as the brief shows it resolved across spellings (schemas/summary.py). The schemas stay in schemas/, which imports
nothing of the package; this module names the actor's share of them."""

from summariser.schemas.extraction import MAX_ACTORS, Actor, ActorList, ActorRef
from summariser.schemas.summary import ResolvedActor, Spelling, Statement

__all__ = ["MAX_ACTORS", "Actor", "ActorList", "ActorRef", "ResolvedActor", "Spelling", "Statement"]
