"""Military claims: troops deployed, treaties and pacts, arms supplied, casualties, with the figure a sentence
gives.

prompt.j2: the system prompt's bullet asking the model for claims (prompts/system.j2 includes it)."""
