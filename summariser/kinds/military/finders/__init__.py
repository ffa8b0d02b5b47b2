"""What code finds of military claims beside the model's answers (enrich's finder families nlp_claims, treaties,
supplied and counts_abroad, run by summariser/enrich/registry.py): english.py (counts the English parse attaches
to their noun, treaties signed, arms sent), abroad.py (head and arms counts a reader's parse attaches to their
noun in other languages)."""
