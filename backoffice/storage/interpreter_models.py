"""Interpreters of the office: staff accounts that interpret, with their languages.

An account with a profile here is an interpreter: the call page shows it invitations instead
of terminals' calls, and staff in a call see it (available or busy) to invite.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from backoffice.storage.models import Base


class InterpreterProfile(Base):
    __tablename__ = "interpreter_profile"

    staff_id: Mapped[int] = mapped_column(
        ForeignKey("staff_user.id", ondelete="CASCADE"), primary_key=True
    )
    # Language codes as the terminal knows them ("uk", "ar", "de-LS"), comma-separated.
    languages: Mapped[str] = mapped_column(String(200))

    @property
    def language_list(self) -> tuple[str, ...]:
        return tuple(code for code in self.languages.split(",") if code)
