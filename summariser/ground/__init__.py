"""Stage 3: find each fact's evidence in its article and check that it states the fact."""
