"""The fact kinds, one folder each (gift/, actor/, military/), after spacy-llm's task folders: the kind's prompt
fragment, schema, finders, merge rules and scorer side by side. Every module here is imported by its full path
and this package imports nothing, so reading a kind's merge rules never pulls its finders in.

Each module sits at its stage's height (pyproject's layers): score below quality, merge below merge.py, finders
below enrich; inside a kind, score -> merge -> finders -> schema. What kinds share sits below them: merging.py
(values, traces, disagreements) and sentences.py (the sentences the English finders read). Verification stays
in lang/<code>/, below every kind: it reads a fact against a sentence of one language."""
