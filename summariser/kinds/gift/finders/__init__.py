"""What code finds of gifts beside the model's answers (enrich's finder families nlp_gifts, gifts_abroad,
given_elsewhere and aligned_items, run by summariser/enrich/registry.py): english.py (counted things an English
giving frame names), abroad.py (things a reader's parse says were given in other languages, and a thing the run
gives named with no number), aligned.py (an untranslated item named by an English list of the same numbers)."""
