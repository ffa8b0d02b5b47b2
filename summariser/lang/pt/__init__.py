"""Portuguese, read through an offline translation into English (reader.py)."""
