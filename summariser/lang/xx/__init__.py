"""Any language no parser reads: checks by numbers, lemmas and shapes alone (fallback.py, its Checker
Fallback), roles checked
through a dictionary (roles_abroad.py)."""
