"""The today pane: who to call today and why (the main window's default view)."""
from .pane import TodayPane

__all__ = ["TodayPane"]
