"""What several hostile tests share: a dispute to add evidence to."""

from __future__ import annotations

import pytest
from factories import dispute, order

from desk.evidence.cases import CaseRef
from desk.workspace import Workspace


@pytest.fixture
def case(workspace: Workspace) -> CaseRef:
    """A dispute on an order's first line, as evidence is added to it."""
    with workspace.write() as s:
        bought = order(s, order_no="8170020")
        made = dispute(s, bought.lines[0])
        s.flush()
        return CaseRef("dispute", made.id, f"dispute {made.id}")
