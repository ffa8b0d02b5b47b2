"""Stage 1: load and normalise the input articles."""
