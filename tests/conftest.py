"""Test set-up shared by unit, ui and e2e tests.

Qt runs offscreen; tests that use Qt are marked `gui` automatically (`pytest -m "not gui"` runs the core
alone). One migrated database is built per run and copied for each test that needs a data folder."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeAlias

import pytest
from hypothesis import HealthCheck, settings

# Offscreen unless told: DESK_TESTS_QT_PLATFORM names another (Wine passes no QT_* variable to Windows programs)
os.environ.setdefault("QT_QPA_PLATFORM", os.environ.get("DESK_TESTS_QT_PLATFORM", "offscreen"))
# The texts the tests expect are English, whatever the machine's language: the command line (also its processes)
# speaks DESK_LANG; the window's tests install English (tests/ui/conftest.py).
os.environ["DESK_LANG"] = "en"
if sys.platform == "win32":
    # Under Wine (the Windows lane), beside the Linux lane on two cores, one example can take seconds (a first import,
    # a cold file cache): Hypothesis' clock is not what these tests check.
    settings.register_profile("windows", deadline=None, suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile("windows")
    # Offscreen, Qt on Windows reads fonts from one folder instead of asking the system, and warns (failing the test)
    # when it has none: Desk's own fonts.
    os.environ.setdefault("QT_QPA_FONTDIR", str(Path(__file__).parent.parent / "resources" / "fonts"))

QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


@pytest.fixture(autouse=True, scope="session")
def english_words() -> Iterator[None]:
    """The core's words in English with their plural forms, as the command line and the window speak them."""
    from desk.language import Catalog, use
    from desk.paths import resource

    use(Catalog.read(resource("translations", "desk_en.ts")).translate)
    yield
    use(None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
        only = item.get_closest_marker("sqlite_only")
        if only is not None and TEST_DATABASE != "sqlite":
            item.add_marker(pytest.mark.skip(reason=f"SQLite's own: {only.args[0]}"))


@pytest.fixture(scope="session", autouse=True)
def user_log_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Where a bug is logged when no data folder is open: a folder of this run, never the developer's own."""
    state = tmp_path_factory.mktemp("state")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_STATE_HOME", str(state))  # platformdirs' user_log_dir is under it on Linux
        # and on Windows under the local (and data under the roaming) application data, which platformdirs lets
        # these override
        patch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", str(state))
        patch.setenv("WIN_PD_OVERRIDE_APPDATA", str(state / "roaming"))
        yield state


@pytest.fixture(autouse=True)
def no_data_folder_logged() -> Iterator[None]:
    """A test that opened a data folder's log (desk.cli does) leaves none open for the next."""
    yield
    from desk.logs import use_data_folder

    use_data_folder(None)


# Which database the data folders of the fixtures below keep their records in: "sqlite" (their own file, as a
# single desk's) or "postgresql" (a database of their own on the run's PostgreSQL server: team mode, issue 16).
TEST_DATABASE = os.environ.get("DESK_TEST_DATABASE", "sqlite")
if TEST_DATABASE not in ("sqlite", "postgresql"):
    raise pytest.UsageError(f"DESK_TEST_DATABASE is sqlite or postgresql, not {TEST_DATABASE!r}")


@pytest.fixture(scope="session")
def folders(request: pytest.FixtureRequest) -> object:
    """Makes and copies the fixtures' data folders, on the database DESK_TEST_DATABASE names."""
    from folder_copies import Folders

    if TEST_DATABASE == "sqlite":
        return Folders(None)
    import postgres_server

    why = postgres_server.missing()
    if why:  # a lane asked for the server: it must not quietly run on SQLite
        raise pytest.UsageError(f"DESK_TEST_DATABASE=postgresql, but no PostgreSQL server can start here: {why}")
    return Folders(request.getfixturevalue("postgres"))


@pytest.fixture(scope="session")
def template_folder(tmp_path_factory: pytest.TempPathFactory, folders: Any) -> Path:
    """A data folder migrated to head, built once per run."""
    from desk.workspace import Workspace

    root = folders.new(tmp_path_factory.mktemp("template") / "data")
    Workspace.open(root).close()
    return root


@pytest.fixture
def data_folder(template_folder: Path, tmp_path: Path, folders: Any) -> Path:
    """A fresh, empty, migrated data folder of this test's own."""
    return folders.copy(template_folder, tmp_path / "data")


def _open(folder: Path) -> Iterator[object]:
    from desk.workspace import Workspace

    ws = Workspace.open(folder, actor="tester")
    yield ws
    ws.close()


@pytest.fixture
def short_busy_wait(monkeypatch: pytest.MonkeyPatch) -> int:
    """Desk waits 0.3 s, not 10, for another program's write lock, in the databases opened after this fixture (a
    test of what happens once the wait runs out need not sit through it). Request it before the workspace."""
    import desk.db

    monkeypatch.setattr(desk.db, "BUSY_TIMEOUT_MS", 300)
    return 300


@pytest.fixture
def workspace(data_folder: Path) -> Iterator[object]:
    """An open workspace on an empty data folder."""
    yield from _open(data_folder)


@pytest.fixture
def artifacts() -> Path:
    """Where a test leaves screenshots and PDFs for people to look at (ignored by git)."""
    path = Path(__file__).parent / "artifacts"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, template_folder: Path, folders: Any) -> Path:
    """A data folder filled by `desk demo`, built once per run around a fixed date."""
    from datetime import date

    from desk.demo import fill_demo
    from desk.workspace import Workspace

    root = folders.copy(template_folder, tmp_path_factory.mktemp("demo") / "data")
    with Workspace.open(root, actor="demo") as ws:
        fill_demo(ws, date(2026, 11, 23))
    return root


CopyDemo: TypeAlias = Callable[[Path], Path]


@pytest.fixture(scope="session")
def copy_demo(demo_template: Path, folders: Any) -> CopyDemo:
    """Copies the demo folder to a path and returns it: for a fixture that outlives one test (a module's shop)."""

    def copy(target: Path) -> Path:
        return folders.copy(demo_template, target)  # type: ignore[no-any-return]

    return copy


@pytest.fixture
def demo_folder(copy_demo: CopyDemo, tmp_path: Path) -> Path:
    return copy_demo(tmp_path / "demo")


@pytest.fixture
def demo_workspace(demo_folder: Path) -> Iterator[object]:
    """An open workspace on a copy of the demo folder."""
    yield from _open(demo_folder)


@pytest.fixture(scope="session")
def postgres() -> Iterator[object]:
    """A PostgreSQL server of this run's own (tests/postgres_server.py), started when a test first asks for it;
    the test is skipped, with the reason, where it cannot be."""
    import postgres_server

    why = postgres_server.missing()
    if why:
        pytest.skip(why)
    yield from postgres_server.running_server()


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection imported (Qt, SQLAlchemy, every module of Desk and of the tests) lives as long as the run:
    set aside from the cyclic collector, which otherwise walks all of it again at every full collection."""
    gc.freeze()
