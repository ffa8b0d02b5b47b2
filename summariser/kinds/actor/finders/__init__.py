"""What code finds of actors beside the model's answers (enrich's finder families nlp_actors and proper_names,
run by summariser/enrich/registry.py): english.py (people and organisations the English parse tags and that act),
abroad.py (persons and organisations a reader's NER or Kiwi tags in other languages)."""
