"""The import wizard: files → preview and column mapping → options → progress → result."""
from .wizard import ImportWizard

__all__ = ["ImportWizard"]
