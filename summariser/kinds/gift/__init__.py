"""Gifts: a thing one party gives another (animals, horses, a car), with its number where a sentence gives one.

prompt.j2: the system prompt's bullet asking the model for gifts (prompts/system.j2 includes it).
schema.py: its models, as extracted and as merged (re-exported from schemas/, which stays put).
finders/: what code finds of gifts beside the model (english.py, abroad.py, aligned.py; run by enrich/registry.py).
merge.py: how gifts of several articles merge (called by summariser/merge.py).
score.py: when a brief's gift is an annotated one (called by summariser/quality/scoring.py).

Verification is not here: it reads a fact against a sentence in one language, so it stays below every kind in
lang/<code>/ (the English gift reader in lang/en/reading.py; lang/xx/fallback.py where no parser reads the text)."""
