"""Languages: each one's reader and data in its folder (en/, fr/, ru/, ko/; xx/ for text no parser reads), with
what every language shares: the Reader and Checker protocols (base.py), the registry (registry.py), frames read from a
Universal Dependencies parse (frames.py), and word data by lemma, emoji names and places."""
