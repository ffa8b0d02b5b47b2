"""Words of other languages by lemma (lang/lexicon.py): titles a model writes into a name."""

from summariser.lang.lexicon import known, lemmas, without_title


def test_a_title_before_a_name_is_dropped_but_particles_stay() -> None:
    assert without_title("Американскиот претседател Џо Бајден", "mk") == "Џо Бајден"
    assert without_title("il portavoce Dmitri Peskov", "it") == "Dmitri Peskov"
    assert without_title("Maria de Lourdes", "es") == "Maria de Lourdes"
    assert without_title("Luiz Inácio Lula da Silva", "pt") == "Luiz Inácio Lula da Silva"
    assert without_title("Bundeskanzler Olaf Scholz", "de") == "Bundeskanzler Olaf Scholz"


def test_dictionary_and_lemmas_per_language() -> None:
    assert known("Paesi", "it") and not known("Interfax", "it") and not known("Interfax", "xx")
    assert "prigioniero" in lemmas("dieci prigionieri", "it")
