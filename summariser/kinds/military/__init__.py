"""Military claims: troops deployed, treaties and pacts, arms supplied, casualties, with the figure a sentence
gives.

prompt.j2: the system prompt's bullet asking the model for claims (prompts/system.j2 includes it).
schema.py: its models, as extracted and as merged (re-exported from schemas/, which stays put).
finders/: what code finds of claims beside the model (english.py, abroad.py; run by enrich/registry.py).
merge.py: how claims of several articles merge, by measure (called by summariser/merge.py).
score.py: when a brief's claim is an annotated one (called by summariser/quality/scoring.py).

Verification is not here: it reads a fact against a sentence in one language, so it stays below every kind in
lang/<code>/ (the English claim reader in lang/en/reading.py; lang/xx/fallback.py where no parser reads the text)."""
