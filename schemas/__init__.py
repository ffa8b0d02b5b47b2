"""Pydantic models: what the model extracts from one article, and the merged summary."""

from summariser.schemas.extraction import (
    Actor,
    ActorList,
    Gift,
    GiftList,
    MilitaryClaim,
    MilitaryClaimList,
)
from summariser.schemas.summary import (
    ArticleFailure,
    ArticleInfo,
    Conflict,
    ConflictValue,
    MergedClaim,
    MergedGift,
    ReportGroup,
    ResolvedActor,
    RunInfo,
    RunStats,
    Source,
    Statement,
    Summary,
    Translation,
)

__all__ = [
    "Actor",
    "ActorList",
    "ArticleFailure",
    "ArticleInfo",
    "Conflict",
    "ConflictValue",
    "Gift",
    "GiftList",
    "MergedClaim",
    "MergedGift",
    "MilitaryClaim",
    "MilitaryClaimList",
    "ReportGroup",
    "ResolvedActor",
    "RunInfo",
    "RunStats",
    "Source",
    "Statement",
    "Summary",
    "Translation",
]
