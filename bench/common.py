"""What the model benchmarks share: settings for the local server they start, and how they report."""

import json
from pathlib import Path
from typing import Any

from summariser import Settings
from summariser.settings import LOCAL_MODEL_ALIAS


def local_settings(url: str, **changes: Any) -> Settings:
    """Settings that talk to the local model server at `url` one request at a time, as the CLI does."""
    return Settings(backend="api", base_url=url, model=LOCAL_MODEL_ALIAS, concurrency=1, timeout_s=900, **changes)


def report(figures: dict[str, Any], shown: dict[str, Any], path: Path | None) -> None:
    """Print `shown`; append every figure as one JSON line to `path`, if given."""
    print(json.dumps(shown, indent=1))
    if path:
        with path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(figures) + "\n")
