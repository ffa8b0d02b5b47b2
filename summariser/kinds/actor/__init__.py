"""Actors: a named person or institution that acts or speaks, with role, country and the sentence reporting
their words.

prompt.j2: the system prompt's bullet asking the model for actors (prompts/system.j2 includes it).
schema.py: its models, as extracted and as resolved (re-exported from schemas/, which stays put).
finders/: what code finds of actors beside the model (english.py, abroad.py; run by enrich/registry.py).
merge.py: how actors of several articles resolve into one per person (called by summariser/merge.py).
score.py: when a brief's actor is an annotated one (called by summariser/quality/scoring.py).

Verification is not here: it reads a fact against a sentence in one language, so it stays below every kind in
lang/<code>/ (the English actor and speaker readers in lang/en/reading.py; lang/xx/fallback.py where no parser
reads the text). Name rules across spellings and scripts are summariser/names/."""
