"""The JSON Schemas of the public models: part of the public surface."""

from typing import Any

from pydantic import BaseModel

from summariser.schemas import ActorList, GiftList, MilitaryClaimList, Summary


def json_schemas() -> dict[str, dict[str, Any]]:
    """JSON Schema of each extraction response model and of the merged Summary."""
    models: dict[str, type[BaseModel]] = {
        "gifts": GiftList,
        "actors": ActorList,
        "military": MilitaryClaimList,
        "summary": Summary,
    }
    return {name: model.model_json_schema() for name, model in models.items()}
