"""The NLP layer's finder families by id: what code adds beside the model's answers. A run switches a family
off with Settings(disabled_finders=...), and `python -m summariser.quality ablate` measures each one."""

FINDERS: dict[str, str] = {
    "nlp_actors": "people and organisations the English parse tags and that act (kinds/actor/finders/english.py)",
    "nlp_claims": "troop, casualty, arms and head counts the English parse attaches to their noun "
    "(kinds/military/finders/english.py)",
    "nlp_gifts": "counted things an English giving frame names (kinds/gift/finders/english.py, lang/en/frames.py)",
    "treaties": "a treaty or pact an English sentence says was signed, with no figure "
    "(kinds/military/finders/english.py)",
    "supplied": "arms an English sentence says were sent, with no figure (kinds/military/finders/english.py)",
    "names_across": "a name grounded in one article found in another's script or spelling (link/across.py)",
    "proper_names": "persons and organisations a reader's NER or Kiwi tags in other languages "
    "(kinds/actor/finders/abroad.py)",
    "counts_abroad": "head and arms counts a reader's parse attaches to their noun (kinds/military/finders/abroad.py)",
    "gifts_abroad": "things a reader's parse says were given, in text other than English "
    "(kinds/gift/finders/abroad.py)",
    "given_elsewhere": "a thing the run gives, named with no number abroad (kinds/gift/finders/abroad.py)",
    "aligned_items": "an untranslated item named by an English list of the same numbers "
    "(kinds/gift/finders/aligned.py)",
}
"""Each family's id and what it adds. Not here: checks that only keep or drop what is found (lang/en/reading.py)
and roles in English (lang/xx/roles_abroad.py), which add no fact."""
