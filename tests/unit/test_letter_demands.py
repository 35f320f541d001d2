"""A letter never demands nothing (issue 13, point 4): a letter to the seller or the platform for a dispute whose
claim has come back in full is refused, forced or not, with what was claimed and received; a letter to our own
counsel, which asks for advice, is not held back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.errors import DeskError
from desk.models import DisputeLetter
from desk.operations.letters import MakeLetter, make_letter
from desk.workspace import Workspace

DAY = date(2026, 11, 23)
REFUNDED = 7  # the demo's dispute refunded in full: 29.04 CNY claimed, 29.04 CNY received


@pytest.mark.parametrize("kind", ["seller_reminder", "platform_complaint", "formal_demand", "adr_request"])
def test_a_forced_letter_for_a_dispute_refunded_in_full_is_refused(
    demo_workspace: Workspace, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(DeskError) as refused:
        make_letter(demo_workspace, MakeLetter(REFUNDED, kind, "zh", out, DAY, force=True))
    message = str(refused.value)
    assert f"for dispute {REFUNDED} would demand nothing: of the 29.04 CNY claimed, 29.04 CNY has been received" in (
        message
    )
    assert message.endswith("nothing was recorded") and "0.00" not in message
    with demo_workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(DisputeLetter)) == 0
    assert not out.exists()


def test_a_letter_to_counsel_is_made_although_nothing_is_outstanding(demo_workspace: Workspace, tmp_path: Path) -> None:
    made = make_letter(demo_workspace, MakeLetter(REFUNDED, "lawyer_cover", "en", tmp_path / "c.pdf", DAY, force=True))
    assert made.path.is_file()
