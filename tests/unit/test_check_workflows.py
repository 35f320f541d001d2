"""tools/check_workflows.py: actionlint (and the shellcheck it runs on `run:` scripts), the Windows builds under Wine,
finds what is wrong in a workflow file and passes the project's own (issue 14, point 4)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
CHECK = PROJECT / "tools" / "check_workflows.py"

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or shutil.which("wine") is None,
    reason="the check runs actionlint's Windows build under Wine: it needs a Linux machine with `wine` installed",
)


def check(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECK), *map(str, files)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=240,
    )


def test_a_wrong_runner_label_an_unsafe_expression_and_an_unquoted_variable_are_found(tmp_path: Path) -> None:
    workflow = tmp_path / "wrong.yml"
    workflow.write_text(
        "on: pull_request\n"
        "jobs:\n"
        "  test:\n"
        "    runs-on: windows-lastest\n"
        "    defaults: {run: {shell: bash}}\n"
        "    steps:\n"
        "      - run: echo ${{ github.event.pull_request.title }}\n"
        "      - run: ls $RUNNER_TEMP\n",
        encoding="utf-8",
    )
    result = check(workflow)
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'label "windows-lastest" is unknown' in result.stdout
    assert '"github.event.pull_request.title" is potentially untrusted' in result.stdout
    assert "SC2086" in result.stdout  # from shellcheck, which actionlint ran


def test_the_projects_workflows_pass() -> None:
    result = check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no finding in" in result.stdout


def test_a_file_that_is_not_there_is_named() -> None:
    result = check(PROJECT / ".github" / "workflows" / "nothing-here.yml")
    assert result.returncode == 2
    assert result.stderr.startswith("check_workflows: no such file: ") and "nothing-here.yml" in result.stderr
