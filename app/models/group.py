"""Groups: many-to-many labels such as "Wholesale" or "From the 2025 fair"."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from sqlalchemy import Column, ForeignKey, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base

if TYPE_CHECKING:
    from .contact import Contact

contact_groups = Table(
    "contact_groups",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("import_batch_id", Integer, index=True),  # see FromImport
)


class Group(Base):
    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    colour: Mapped[Optional[str]] = mapped_column(String(9))
    contacts: Mapped[list["Contact"]] = relationship(secondary=contact_groups, back_populates="groups")

    def __repr__(self) -> str:
        return f"Group({self.name!r})"
