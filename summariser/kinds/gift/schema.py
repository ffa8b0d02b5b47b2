"""A gift's models: as the model extracts it (schemas/extraction.py: a Gift, its list and its short array) and as
the brief shows it merged (schemas/summary.py). The schemas stay in schemas/, which imports nothing of the
package; this module names the gift's share of them."""

from summariser.schemas.extraction import MAX_GIFTS, Gift, GiftList, GiftRef
from summariser.schemas.summary import MergedGift

__all__ = ["MAX_GIFTS", "Gift", "GiftList", "GiftRef", "MergedGift"]
