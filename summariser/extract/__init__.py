"""Stage 2: ask the model for each article's facts (messages, client, cache, budget)."""
