"""Actors: a named person or institution that acts or speaks, with role, country and the sentence reporting
their words.

prompt.j2: the system prompt's bullet asking the model for actors (prompts/system.j2 includes it)."""
