"""The JSON Schemas of the public models: part of the public surface."""

from typing import Any

from pydantic import BaseModel

from summariser.schemas import ActorList, GiftList, MilitaryClaimList, Summary
from summariser.schemas.extraction import Extraction


def json_schemas() -> dict[str, dict[str, Any]]:
    """JSON Schema of what the model answers (sentence numbers), of each kind of fact as the brief
    holds it (with its evidence), and of the merged Summary."""
    models: dict[str, type[BaseModel]] = {
        "extraction": Extraction,
        "gifts": GiftList,
        "actors": ActorList,
        "military": MilitaryClaimList,
        "summary": Summary,
    }
    return {name: model.model_json_schema() for name, model in models.items()}
