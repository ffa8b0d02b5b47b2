"""Gifts: a thing one party gives another (animals, horses, a car), with its number where a sentence gives one.

prompt.j2: the system prompt's bullet asking the model for gifts (prompts/system.j2 includes it)."""
