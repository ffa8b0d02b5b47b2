"""The re-ask validator: a reply whose evidence is not in the text being extracted goes back to the model."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, create_model, model_validator

from summariser.facts import Fact, facts_of
from summariser.ground.locate import locate
from summariser.ground.support import support_problem
from summariser.schemas import Actor

M = TypeVar("M", bound=BaseModel)

_GROUNDING: ContextVar[tuple[str, float]] = ContextVar("grounding_text")


@cache
def grounded_model(base: type[M]) -> type[M]:
    """`base` plus a validator that rejects evidence (or quoted words) not found in the text being extracted.

    One class per kind, so its JSON Schema is built once (and is identical to `base`'s); the text
    comes from `grounding_text`. instructor sends the validator's error back to the model as a re-ask.
    """

    def check(self: M) -> M:
        text, threshold = _GROUNDING.get()
        problems = [
            f"item {i}: {problem}"
            for i, fact in enumerate(facts_of(self))
            if (problem := fact_problem(fact, text, threshold))
        ]
        if problems:
            raise ValueError(
                "fix these items: copy the exact sentence of the article that states each one, "
                "or remove the item. " + "; ".join(problems)
            )
        return self

    validators: dict[str, Any] = {"grounded": model_validator(mode="after")(check)}
    model: type[M] = create_model(base.__name__, __base__=base, __validators__=validators)
    return model


@contextmanager
def grounding_text(text: str, threshold: float) -> Iterator[None]:
    """Validate `grounded_model` replies against `text` inside this block (per thread and task).

    Not instructor's `context=`: that would also render the messages, article included, as a template.
    """
    token = _GROUNDING.set((text, threshold))
    try:
        yield
    finally:
        _GROUNDING.reset(token)


def fact_problem(fact: Fact, text: str, threshold: float) -> str | None:
    """Why a fact cannot be kept (a quote not in the text, or evidence not stating it), else None."""
    for quote in quotes_of(fact):
        if locate(quote, text, threshold=threshold) is None:
            return f"{quote!r} is not in the article"
    return support_problem(fact)


def quotes_of(fact: Fact) -> list[str]:
    """Every verbatim quote a fact carries: its evidence, and for an actor what they said."""
    said = fact.said if isinstance(fact, Actor) else None
    return [fact.evidence, *([said] if said else [])]
