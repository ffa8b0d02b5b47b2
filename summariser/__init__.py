"""summariser: many news articles about one event -> one structured, source-attributed brief.

Public names load on first use, so `summariser --help` and fully cached runs stay fast.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summariser.errors import (
        ConfigError,
        ExtractionError,
        FatalProviderError,
        InputError,
        LimitError,
        ProviderError,
        ReplayMissError,
        SummariserError,
    )
    from summariser.load.articles import Article, load_articles
    from summariser.pipeline import asummarise, summarise
    from summariser.schemas import Summary
    from summariser.schemas.export import json_schemas
    from summariser.settings import Settings

_HOMES = {
    "Article": "summariser.load.articles",
    "ConfigError": "summariser.errors",
    "ExtractionError": "summariser.errors",
    "FatalProviderError": "summariser.errors",
    "InputError": "summariser.errors",
    "LimitError": "summariser.errors",
    "ProviderError": "summariser.errors",
    "ReplayMissError": "summariser.errors",
    "Settings": "summariser.settings",
    "Summary": "schemas",
    "SummariserError": "summariser.errors",
    "asummarise": "summariser.pipeline",
    "json_schemas": "summariser.schemas.export",
    "load_articles": "summariser.load.articles",
    "summarise": "summariser.pipeline",
}

__all__ = [
    "Article",
    "ConfigError",
    "ExtractionError",
    "FatalProviderError",
    "InputError",
    "LimitError",
    "ProviderError",
    "ReplayMissError",
    "Settings",
    "SummariserError",
    "Summary",
    "asummarise",
    "json_schemas",
    "load_articles",
    "summarise",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'summariser' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
