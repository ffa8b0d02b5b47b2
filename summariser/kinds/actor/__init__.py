"""Actors: a named person or institution that acts or speaks, with role, country and the sentence reporting
their words.

prompt.j2: the system prompt's bullet asking the model for actors (prompts/system.j2 includes it).
schema.py: its models, as extracted and as merged (re-exported from schemas/, which stays put).
merge.py: how actors of several articles merge (called by summariser/merge.py).
score.py: when a brief's entry is an annotated one (called by summariser/quality/scoring.py)."""
