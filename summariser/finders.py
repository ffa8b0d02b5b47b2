"""The NLP layer's finder families by id: what code adds beside the model's answers. A run switches a family
off with Settings(disabled_finders=...), and `python -m summariser.quality ablate` measures each one."""

FINDERS: dict[str, str] = {
    "nlp_actors": "people and organisations the English parse tags and that act (ground/found.py)",
    "nlp_claims": "troop, casualty, arms and head counts the English parse attaches to their noun (ground/found.py)",
    "nlp_gifts": "counted things an English giving frame names (ground/found.py, ground/frames.py)",
    "treaties": "a treaty or pact an English sentence says was signed, with no figure (ground/found.py)",
    "supplied": "arms an English sentence says were sent, with no figure (ground/found.py)",
    "names_across": "a name grounded in one article found in another's script or spelling (ground/across.py)",
    "proper_names": "names by their shape in text no parser reads (ground/proper.py, ground/korean.py)",
    "counts_abroad": "head and arms counts before a listed noun in text no parser reads (ground/counts_abroad.py)",
    "gifts_abroad": "counts of things an emoji names in a sentence of giving abroad (ground/gifts_abroad.py)",
    "given_elsewhere": "a thing the run gives, named with no number abroad (ground/gifts_abroad.py)",
    "aligned_items": "an untranslated item named by an English list of the same numbers (ground/aligned.py)",
}
"""Each family's id and what it adds. Not here: checks that only keep or drop what is found (ground/reading.py)
and roles in English (ground/roles_abroad.py), which add no fact."""
