"""Quality of a brief, measured against hand annotation (GOLD: quality/ in the repo). One brief is scored in
scoring.py; an annotated set per event and language in sets.py; the NLP layer's brief without a model comes from
alone.py; each finder family is switched off in turn in ablate.py; `python -m summariser.quality` is command.py.
This module re-exports the public names."""

from summariser.quality.ablate import ALL_ON, ablation, ablation_table
from summariser.quality.alone import NoModel, nlp_only
from summariser.quality.gold import DEFAULT_EXPECTED, GOLD, RATCHET
from summariser.quality.scoring import (
    actors_split,
    all_sources,
    expected_conflicts,
    quotes_not_stating,
    ratchet_failures,
    score,
    trust,
)
from summariser.quality.sets import dev_scores, event_paths, language_totals, merged_across_languages, totals

__all__ = [
    "ALL_ON",
    "DEFAULT_EXPECTED",
    "GOLD",
    "RATCHET",
    "NoModel",
    "ablation",
    "ablation_table",
    "actors_split",
    "all_sources",
    "dev_scores",
    "event_paths",
    "expected_conflicts",
    "language_totals",
    "merged_across_languages",
    "nlp_only",
    "quotes_not_stating",
    "ratchet_failures",
    "score",
    "totals",
    "trust",
]
