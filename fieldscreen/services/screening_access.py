"""Who may see and change which screening: screeners their own, supervisors and administrators all (DESIGN 4).

Seeing is not writing: only the screener who started a screening answers it, stops it, edits its details or finalizes
it while it is editable; reviewers change it afterwards through amendments with a reason.
"""

from __future__ import annotations

from fieldscreen.core.errors import PermissionDenied
from fieldscreen.core.i18n import translate
from fieldscreen.core.models import Account, Role

from .screening_errors import OthersDraft

REVIEWERS = (Role.SUPERVISOR, Role.ADMINISTRATOR)
"""Roles that see every screening and review finalized ones."""


def screener_filter(account: Account) -> str | None:
    """The screener whose screenings ``account`` may list (``None``: everyone's)."""
    return None if account.role in REVIEWERS else account.username


def require_access(account: Account, screener: str) -> None:
    """Refuse unless ``account`` may see and change a screening of ``screener``.

    Raises:
        PermissionDenied: A screener asked for someone else's screening.
    """
    if account.role not in REVIEWERS and account.username != screener:
        raise PermissionDenied(translate("Permissions", "open another screener's screening"))


def require_owner(account: Account, screener: str) -> None:
    """Refuse unless ``account`` is the screener who started the (editable) screening.

    Raises:
        OthersDraft: Someone else, whatever their role, tried to change another screener's draft.
    """
    if account.username != screener:
        raise OthersDraft(screener)
