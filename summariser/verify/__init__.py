"""Stage 3, verify: find each fact's evidence in its article (locate, cited) and keep, re-cite or drop it by
what its sentence states (recite, checks, support, safety)."""
