"""Korean: names read by Kiwi (korean.py)."""
