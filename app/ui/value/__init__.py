"""The customer-value view: the 80/20 chart and tiers, RFM scores, sales stages, referrals, lost customers."""
from .view import ValueView

__all__ = ["ValueView"]
