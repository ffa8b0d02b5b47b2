"""English word lists the English checks share, one definition each: hand-written lists of English words, as
lemmas where spaCy's en_core_web_sm lemmatises them."""

TITLES = {
    "president", "chancellor", "premier", "minister", "secretary", "senator", "governor", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "mr", "mrs", "ms", "dr", "gen", "general", "king", "queen",
    "pope", "mayor", "judge", "colonel", "commander", "chairman", "chairwoman", "envoy", "prince", "princess",
    "director", "chief",
}  # fmt: skip
"""Words that stand before a person's name ("Chancellor Scholz", "President Biden's leadership"). Not the
titles summariser/names/fold.py drops when comparing names (folded, of several languages, with "the" and
"his"), nor lang/xx/roles_abroad.py's, which put other languages' titles into English."""
PEOPLE = {
    "prisoner", "detainee", "hostage", "captive", "people", "person", "individual", "citizen", "national",
    "inmate", "refugee", "migrant", "evacuee", "passenger", "resident", "student", "journalist", "dissident", "holder",
}  # fmt: skip
"""Nouns that count people: a head count of an exchange, an evacuation or an arrest ("other" claims). Other
languages' are lang/lexicon.py PEOPLE, with their English noun."""
