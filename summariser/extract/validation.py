"""The re-ask validator: a reply citing a sentence number the article does not have goes back to the model."""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, create_model, model_validator

from summariser.verify.cited import cited, entries

M = TypeVar("M", bound=BaseModel)

_SENTENCES: ContextVar[int] = ContextVar("sentence_count")


@cache
def numbered_model(base: type[M]) -> type[M]:
    """`base` plus a validator that rejects a sentence number outside the article's numbering.

    One class per response model, so its JSON Schema is built once (and is identical to `base`'s);
    the count comes from `sentence_count`. instructor sends the validator's error back as a re-ask.
    """

    def check(self: M) -> M:
        count = _SENTENCES.get()
        problems = [
            f"{name} entry {i}: there is no sentence [{n}]"
            for i, (name, entry) in enumerate(entries(self))
            for n in cited(name, entry)
            if not 1 <= n <= count
        ]
        if problems:
            raise ValueError(
                f"the article's sentences are numbered [1] to [{count}]; cite one of them or remove the entry. "
                + "; ".join(problems)
            )
        return self

    validators: dict[str, Any] = {"numbered": model_validator(mode="after")(check)}
    model: type[M] = create_model(base.__name__, __base__=base, __validators__=validators)
    return model


@contextmanager
def sentence_count(count: int) -> Iterator[None]:
    """Validate `numbered_model` replies against an article of `count` sentences inside this block
    (per thread and task). Not instructor's `context=`: that would also render the messages as a template."""
    token = _SENTENCES.set(count)
    try:
        yield
    finally:
        _SENTENCES.reset(token)


def keep_cited(reply: M, count: int) -> tuple[M, int]:
    """The reply without the entries citing a sentence the article does not have, and how many went."""
    kept: dict[str, list[Any]] = {name: [] for name in type(reply).model_fields}
    dropped = 0
    for name, entry in entries(reply):
        if all(1 <= n <= count for n in cited(name, entry)):
            kept[name].append(list(entry))
        else:
            dropped += 1
    return type(reply).model_validate(kept), dropped
