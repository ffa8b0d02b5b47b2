"""A military claim's models: as the model extracts it (schemas/extraction.py: a MilitaryClaim, its type, its list
and its short array) and as the brief shows it merged (schemas/summary.py). The schemas stay in schemas/, which
imports nothing of the package; this module names the claim's share of them."""

from summariser.schemas.extraction import MAX_CLAIMS, ClaimRef, ClaimType, MilitaryClaim, MilitaryClaimList
from summariser.schemas.summary import MergedClaim

__all__ = ["MAX_CLAIMS", "ClaimRef", "ClaimType", "MergedClaim", "MilitaryClaim", "MilitaryClaimList"]
