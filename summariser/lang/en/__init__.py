"""English, read by spaCy (en_core_web_sm): the parse (nlp/), gift frames (frames.py), the reading of a
fact against its sentence (reading.py), and the Reader and Checker over them (reader.py)."""
