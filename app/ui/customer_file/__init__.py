"""The customer file: one customer's details, notes, history and purchases."""
from .panel import CustomerFile

__all__ = ["CustomerFile"]
