"""The brief the NLP layer alone makes of some articles: the pipeline with a model that answers nothing."""

from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from summariser.schemas import Summary

M = TypeVar("M", bound=BaseModel)


class NoModel:
    """A model client that answers every call with no facts: what the NLP layer finds on its own."""

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        """An empty answer of the requested shape."""
        return response_model.model_validate({name: [] for name in response_model.model_fields})


def nlp_only(paths: list[Path], disabled: frozenset[str] = frozenset()) -> Summary:
    """The brief the NLP layer alone makes of some articles (no model, no cache), without the finder families
    `disabled` names (summariser/finders.py)."""
    from summariser.pipeline import summarise
    from summariser.settings import Settings

    settings = Settings(backend="api", base_url="http://127.0.0.1:9/v1", use_cache=False, disabled_finders=disabled)
    return summarise(paths, settings=settings, client=NoModel())
