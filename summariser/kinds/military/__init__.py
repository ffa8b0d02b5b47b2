"""Military claims: troops deployed, treaties and pacts, arms supplied, casualties, with the figure a sentence
gives.

prompt.j2: the system prompt's bullet asking the model for claims (prompts/system.j2 includes it).
schema.py: its models, as extracted and as merged (re-exported from schemas/, which stays put).
merge.py: how claims of several articles merge (called by summariser/merge.py).
score.py: when a brief's entry is an annotated one (called by summariser/quality/scoring.py)."""
