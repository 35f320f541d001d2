"""`desk FILE.zip` (a .zip dropped on Desk's icon, or Open with) is `desk open-bundle FILE.zip`; nothing else is
read as a file."""

from __future__ import annotations

from desk.commands.open_bundle import file_as_command


def test_a_lone_zip_is_opened_as_a_bundle() -> None:
    assert file_as_command([r"C:\Users\me\Downloads\For Lawyer.ZIP"]) == [
        "open-bundle",
        r"C:\Users\me\Downloads\For Lawyer.ZIP",
    ]


def test_other_command_lines_are_left_as_they_are() -> None:
    for arguments in ([], ["verify-bundle", "b.zip"], ["--data", "b.zip"], ["--json"], ["notes.txt"], ["-x.zip"]):
        assert file_as_command(arguments) == arguments
