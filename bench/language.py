"""Compare offline language detectors on real sentences: accuracy, speed, load time.

Sentences: spaCy's per-language example sentences (real sentences, most from news and Wikipedia,
shipped with spaCy, so this runs offline), the sentences of the five seed articles (English), and
"paragraphs" made by joining each language's examples (closer to an article's length).

    .venv/bin/python bench/language.py            # both detectors, if installed
    .venv/bin/python bench/language.py py3langid  # one

Not part of the test suite: lingua-language-detector is not a dependency (it was measured and not chosen).
"""

import importlib
import pkgutil
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import spacy.lang

ROOT = Path(__file__).resolve().parent.parent
CORE = ("en", "fr", "de", "it", "es", "ru")


def spacy_examples() -> dict[str, list[str]]:
    """ISO 639-1 code -> example sentences (spaCy languages with a two-letter code)."""
    found: dict[str, list[str]] = {}
    for module in pkgutil.iter_modules(spacy.lang.__path__):
        if len(module.name) != 2 or module.name == "xx":
            continue
        try:
            examples = importlib.import_module(f"spacy.lang.{module.name}.examples")
        except ImportError:
            continue
        found[module.name] = [s for s in examples.sentences if len(s.strip()) >= 20]
    return found


def seed_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for part in re.split(r"(?<=[.!?])\s+|\n+", path.read_text(encoding="utf-8")):
            if len(part.split()) >= 6:
                sentences.append(part.strip())
    return sentences


def py3langid_detector() -> tuple[Callable[[str], str], set[str]]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return (lambda text: str(identifier.classify(text)[0])), set(identifier.labels)


def lingua_detector() -> tuple[Callable[[str], str], set[str]]:
    from lingua import Language, LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> str:
        language = detector.detect_language_of(text)
        return language.iso_code_639_1.name.lower() if language is not None else "und"

    return detect, {lang.iso_code_639_1.name.lower() for lang in Language.all()}


DETECTORS = {"py3langid": py3langid_detector, "lingua": lingua_detector}


def main(names: list[str]) -> None:
    examples = spacy_examples()
    seeds = seed_sentences()
    for name in names or list(DETECTORS):
        try:
            started = time.perf_counter()
            detect, supported = DETECTORS[name]()
            load = time.perf_counter() - started
        except ImportError:
            print(f"{name}: not installed")
            continue
        samples = [(lang, s) for lang, sents in examples.items() if lang in supported for s in sents]
        samples += [("en", s) for s in seeds]
        paragraphs = [(lang, " ".join(sents)) for lang, sents in examples.items() if lang in supported]
        started = time.perf_counter()
        answers = [detect(text) for _, text in samples]
        per_sentence = (time.perf_counter() - started) / len(samples)
        right = Counter(lang for (lang, _), got in zip(samples, answers, strict=True) if got == lang)
        total = Counter(lang for lang, _ in samples)
        core = sum(right[c] for c in CORE), sum(total[c] for c in CORE)
        seed_right = sum(got == "en" for got in answers[len(answers) - len(seeds) :])
        para_right = sum(detect(text) == lang for lang, text in paragraphs)
        misses = Counter(
            f"{lang}->{got}" for (lang, _), got in zip(samples, answers, strict=True) if got != lang
        ).most_common(8)
        print(
            f"{name}: load {load:.2f} s, {per_sentence * 1000:.2f} ms/sentence; "
            f"sentences {sum(right.values())}/{len(samples)} ({len(total)} languages), "
            f"core {'/'.join(CORE)} {core[0]}/{core[1]}, seed sentences {seed_right}/{len(seeds)}, "
            f"paragraphs {para_right}/{len(paragraphs)}"
        )
        print(f"  most frequent misses: {misses}")


if __name__ == "__main__":
    main(sys.argv[1:])
