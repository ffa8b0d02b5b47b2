"""English, read by spaCy (en_core_web_sm): the parse (nlp.py), gift frames (frames.py) and the reading of a
fact against its sentence (reading.py)."""
