"""Stage 5, link: what ties the articles of a run together: one name in many scripts and spellings (across),
reprints of one report (syndication) and translations of it (translation)."""
