"""A closed workspace refuses to be used: without the refusal its engine quietly reconnects, and a window left
listening after the user switched folders would read or write the folder they left (issue 12, Open Data Folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.errors import DeskError
from desk.workspace import Workspace


def test_a_closed_workspace_neither_reads_nor_writes(tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path / "shop", actor="anna")
    with workspace.read() as session:
        assert session is not None
    workspace.close()
    for use in (workspace.read, workspace.write):
        with pytest.raises(DeskError, match=r"has been closed$"), use():
            pass
