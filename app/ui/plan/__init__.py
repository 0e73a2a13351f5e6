"""The weekly visit plan: days, capacity, carried-over entries, print and PDF."""
from .plan_view import PlanView

__all__ = ["PlanView"]
