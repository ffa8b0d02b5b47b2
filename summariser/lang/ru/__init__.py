"""Russian, read by natasha and pymorphy3 (reader.py)."""
