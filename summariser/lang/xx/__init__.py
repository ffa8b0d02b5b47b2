"""Any language no parser reads: checks by numbers, lemmas and shapes alone (fallback.py, its Checker
Fallback; what a sentence states as written in stated.py, a gift's item in items.py), roles checked
through a dictionary (roles_abroad.py)."""
