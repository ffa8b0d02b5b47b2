"""French, read by spaCy's fr_core_news_sm (reader.py)."""
