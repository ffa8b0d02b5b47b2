"""The peer's half of bench/peer.py: langextract over articles, one worked example, answers as JSON lines.

    PEER_PYTHON bench/peer_extract.py URL MODEL OUT.jsonl ARTICLE.txt...

Runs in its own environment (bench/peer-requirements.txt: langextract's google-genai wants a tenacity older than
this project pins), so it imports nothing of summariser. Settings as the issue on unseen events states them:
classes gift, actor and military; 4,000-character chunks; one pass; no schema constraints (the local server refuses
`json_schema`); answers capped at summariser's own token limit. The prompt and the worked example are written for
this bench and name no event of the seeds, the development set or the test split. Each line: the article's path,
the seconds it took, and every extraction with its class, text, character span (None where langextract could not
align it) and attributes.
"""

import json
import sys
import time
from pathlib import Path
from typing import Any

import langextract as lx  # type: ignore[import-not-found]
from langextract.providers.openai import OpenAILanguageModel  # type: ignore[import-not-found]

MAX_OUTPUT_TOKENS = 1536
"""Tokens one answer may hold: summariser's own cap (Settings.max_tokens). Without one, a small model that
repeats itself writes until the context is full (over ten minutes for one article on 2 cores)."""

PROMPT = """\
Extract, in order of appearance, from a news article in any language:
- gift: a thing one party gives, presents or sends to another as a gift. Attributes: item (in English, \
singular or plural as written), quantity (digits, or empty), giver, recipient.
- actor: a person or organisation that acts, speaks or is acted on. Attributes: name (as written), \
role, type (person or organisation), said (their quoted words, or empty).
- military: a military fact. Attributes: type (troop_deployment, treaty, arms, casualties or other), \
figure (digits, or empty), claimed_by.
Use exact text from the article for each extraction. Do not paraphrase, do not overlap entities."""

EXAMPLE_TEXT = (
    "The mayor of Tartu, Liisa Tamm, handed 12 young oak trees and a bronze bell to the town of Valga on "
    'Monday. "They will outlive all of us," Tamm said. The Baltic Defence Council said 3,000 soldiers had been '
    "moved to the border under the 2019 mutual defence pact, and that 40 artillery shells were stolen."
)

EXAMPLE = [
    ("actor", "Liisa Tamm", {"name": "Liisa Tamm", "role": "mayor of Tartu", "type": "person", "said": ""}),
    ("gift", "12 young oak trees", {"item": "oak trees", "quantity": "12", "giver": "Tartu", "recipient": "Valga"}),
    ("gift", "a bronze bell", {"item": "bronze bell", "quantity": "1", "giver": "Tartu", "recipient": "Valga"}),
    (
        "actor",
        "Tamm said",
        {"name": "Tamm", "role": "mayor", "type": "person", "said": "They will outlive all of us"},
    ),
    (
        "actor",
        "The Baltic Defence Council",
        {"name": "Baltic Defence Council", "role": "", "type": "organisation", "said": ""},
    ),
    (
        "military",
        "3,000 soldiers had been moved to the border",
        {"type": "troop_deployment", "figure": "3000", "claimed_by": "Baltic Defence Council"},
    ),
    (
        "military",
        "the 2019 mutual defence pact",
        {"type": "treaty", "figure": "", "claimed_by": "Baltic Defence Council"},
    ),
    (
        "military",
        "40 artillery shells were stolen",
        {"type": "arms", "figure": "40", "claimed_by": "Baltic Defence Council"},
    ),
]


def examples() -> list[Any]:
    """The one worked example as langextract's ExampleData."""
    return [
        lx.data.ExampleData(
            text=EXAMPLE_TEXT,
            extractions=[
                lx.data.Extraction(extraction_class=kind, extraction_text=text, attributes=attributes)
                for kind, text, attributes in EXAMPLE
            ],
        )
    ]


class CountedModel(OpenAILanguageModel):  # type: ignore[misc]
    """The OpenAI provider, counting the prompts it sends (one request each)."""

    requests = 0

    def infer(self, batch_prompts: Any, **kwargs: Any) -> Any:
        CountedModel.requests += len(batch_prompts)
        return super().infer(batch_prompts, **kwargs)


def extract(text: str, model: Any) -> list[dict[str, Any]]:
    """langextract's extractions of one article, as plain JSON values."""
    result = lx.extract(
        text_or_documents=text,
        prompt_description=PROMPT,
        examples=examples(),
        model=model,
        fence_output=True,
        use_schema_constraints=False,
        max_char_buffer=4000,
        extraction_passes=1,
        max_workers=1,
        show_progress=False,
    )
    found = []
    for e in result.extractions or []:
        span = e.char_interval
        whole = span is not None and span.start_pos is not None and span.end_pos is not None
        found.append(
            {
                "class": e.extraction_class,
                "text": e.extraction_text,
                "start": span.start_pos if whole else None,
                "end": span.end_pos if whole else None,
                "attributes": {str(k): v for k, v in (e.attributes or {}).items()},
            }
        )
    return found


def main(argv: list[str]) -> int:
    url, model_id, out, *paths = argv
    model = CountedModel(
        model_id=model_id,
        api_key="local",
        base_url=url,
        temperature=0.0,
        max_workers=1,
        max_output_tokens=MAX_OUTPUT_TOKENS,
    )
    with open(out, "a", encoding="utf-8") as answers:
        for path in paths:
            started, asked = time.monotonic(), CountedModel.requests
            try:
                found = extract(Path(path).read_text(encoding="utf-8"), model)
                error = None
            except Exception as problem:  # the peer failing on one article is a figure, not the end of the run
                found, error = [], f"{type(problem).__name__}: {problem}"[:300]
            seconds = round(time.monotonic() - started, 2)
            line = {"path": path, "seconds": seconds, "requests": CountedModel.requests - asked, "extractions": found}
            answers.write(json.dumps({**line, "error": error}, ensure_ascii=False) + "\n")
            answers.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
