"""The fact kinds, one folder each (gift/, actor/, military/), after spacy-llm's task folders: what the model is
asked for a kind, and the code that only that kind needs, side by side. Every module here is imported by its
full path; this package imports nothing.

merging.py: what the kinds' merge rules share (values, traces, disagreements)."""
