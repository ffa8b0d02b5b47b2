"""Gifts: a thing one party gives another (animals, horses, a car), with its number where a sentence gives one.

prompt.j2: the system prompt's bullet asking the model for gifts (prompts/system.j2 includes it).
schema.py: its models, as extracted and as merged (re-exported from schemas/, which stays put).
merge.py: how gifts of several articles merge (called by summariser/merge.py).
score.py: when a brief's entry is an annotated one (called by summariser/quality/scoring.py)."""
