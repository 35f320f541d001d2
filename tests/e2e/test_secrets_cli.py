"""`desk keyring` and `desk account withdrawal-account` as a user runs them (issue 4, point 6).

Each Desk process selects a test keyring through the environment (tests/keyring_memory.py); HOME and the XDG
folders point into the test's own directory, so nothing reaches the developer's keyring or configuration."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from keyring_memory import FILE_ENV

TESTS = Path(__file__).resolve().parents[1]
SECRET = "ZX-7781-9932-4410-ЖЁЛТЫЙ-银行卡"  # distinctive, and not ASCII: its UTF-8 and UTF-16 forms differ
SHOWN = "•••• -银行卡"


def _env(tmp_path: Path, backend: str = "keyring_memory.FileKeyring") -> dict[str, str]:
    inherited = {k: v for k, v in os.environ.items() if k not in ("DESK_DATA", "PYTHON_KEYRING_BACKEND")}
    homes = {name: str(tmp_path / "home" / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    homes |= {name: str(tmp_path / "home" / name.lower()) for name in ("XDG_CACHE_HOME", "XDG_STATE_HOME")}
    path = os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))
    return {
        **inherited,
        **homes,
        "HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": path,
        "PYTHON_KEYRING_BACKEND": backend,
        FILE_ENV: str(tmp_path / "keyring.json"),
    }


def desk(
    env: dict[str, str], *args: str, data: Path | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    prefix = ["--data", str(data)] if data is not None else []
    return subprocess.run(
        [sys.executable, "-m", "desk", *prefix, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )


def _sealed(folder: Path) -> str | None:
    with sqlite3.connect(folder / "desk.sqlite3") as db:
        value = db.execute("SELECT withdrawal_account_sealed FROM member_accounts WHERE id = 1").fetchone()[0]
    db.close()
    return None if value is None else str(value)


def _every_byte(*roots: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for root in roots if root.exists() for p in sorted(root.rglob("*")) if p.is_file()}


def test_keyring_names_the_backend_in_use(tmp_path: Path) -> None:
    result = desk(_env(tmp_path), "keyring")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Secrets are kept in ") and "(keyring_memory.FileKeyring)" in result.stdout


def test_without_a_keyring_both_commands_say_so_plainly(tmp_path: Path, demo_folder: Path) -> None:
    env = _env(tmp_path, backend="keyring.backends.fail.Keyring")
    status = desk(env, "keyring")
    stored = desk(env, "account", "withdrawal-account", "1", data=demo_folder, stdin=SECRET)
    for result in (status, stored):
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr.startswith("desk: error: No usable keyring: keyring found ")
        assert "(keyring.backends.fail.Keyring)" in result.stderr and "Traceback" not in result.stderr
        assert "Credential Manager" in result.stderr and "Keychain" in result.stderr and "KWallet" in result.stderr
    assert _sealed(demo_folder) is None


def test_a_secret_stored_through_the_cli_is_nowhere_in_plain_text(tmp_path: Path, demo_folder: Path) -> None:
    env = _env(tmp_path)
    stored = desk(env, "account", "withdrawal-account", "1", data=demo_folder, stdin=SECRET + "\n")
    assert stored.returncode == 0, stored.stderr
    assert stored.stdout.rstrip().endswith(f"(account 1): {SHOWN}")
    shown = desk(env, "account", "withdrawal-account", "1", "--show", data=demo_folder)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == stored.stdout
    # What else a user might run and keep: the exports and reports of the folder.
    others = [desk(env, *args, data=demo_folder) for args in (["orders", "--json"], ["verify"], ["due"])]
    others.append(desk(env, "search", "ЖЁЛТЫЙ", data=demo_folder))
    sealed = _sealed(demo_folder)
    assert sealed is not None and sealed.startswith("v1:")

    files = _every_byte(demo_folder, tmp_path / "home", tmp_path / "keyring.json")
    assert demo_folder / "desk.sqlite3" in files and any("vault" in p.parts for p in files)
    everything = b"\n".join(files.values())
    assert sealed.encode() in everything  # the scan sees the database's content (the sealed value, audited too)
    forms = [SECRET.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")] + [b"7781-9932-4410"]
    for path, content in files.items():
        assert not any(form in content for form in forms), f"the secret is in plain text in {path}"
    for result in (stored, shown, *others):
        said = result.stdout + result.stderr
        assert SECRET not in said and "7781-9932" not in said, result.args


def test_a_missing_key_is_explained_and_the_folder_left_as_it_was(tmp_path: Path, demo_folder: Path) -> None:
    env = _env(tmp_path)
    assert desk(env, "account", "withdrawal-account", "1", data=demo_folder, stdin=SECRET).returncode == 0
    before = _sealed(demo_folder)
    (tmp_path / "keyring.json").unlink()  # as on another computer, whose keyring never saw the key
    for args, stdin in ((["--show"], ""), ([], "NL91 ABNA 0417 1643 00")):
        result = desk(env, "account", "withdrawal-account", "1", *args, data=demo_folder, stdin=stdin)
        assert result.returncode == 1 and result.stdout == ""
        assert "intact but sealed" in result.stderr and "Restore the key to the keyring" in result.stderr
        assert "Traceback" not in result.stderr
    assert _sealed(demo_folder) == before
    assert not (tmp_path / "keyring.json").exists()  # no second key was made


def test_input_and_account_are_checked(tmp_path: Path, demo_folder: Path) -> None:
    env = _env(tmp_path)
    none_yet = desk(env, "account", "withdrawal-account", "1", "--show", data=demo_folder)
    assert none_yet.returncode == 0 and none_yet.stdout.rstrip().endswith("(account 1): none stored")
    empty = desk(env, "account", "withdrawal-account", "1", data=demo_folder, stdin="\n")
    assert empty.returncode == 1 and "no value given" in empty.stderr
    missing = desk(env, "account", "withdrawal-account", "999", data=demo_folder, stdin=SECRET)
    assert missing.returncode == 1 and missing.stderr.strip() == "desk: error: no member account 999"
    assert _sealed(demo_folder) is None and not (tmp_path / "keyring.json").exists()


REAL = "gnome-keyring-daemon", "dbus-run-session"


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in REAL),
    reason="needs a real Secret Service: gnome-keyring-daemon (Debian gnome-keyring) and dbus-run-session",
)
def test_a_real_secret_service_keeps_the_key_between_processes(tmp_path: Path, demo_folder: Path) -> None:
    env = _env(tmp_path, backend="keyring.backends.SecretService.Keyring")
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "run")
    for folder in ("XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        Path(env[folder]).mkdir(mode=0o700, parents=True)  # the daemon makes its files there, not the folders
    python = f"{sys.executable} -m desk --data {demo_folder}"
    script = f"""
        set -e
        echo -n pass | gnome-keyring-daemon --unlock --components=secrets > /dev/null
        {python} keyring
        printf '%s' "$SECRET" | {python} account withdrawal-account 1
        {python} account withdrawal-account 1 --show
    """
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "SECRET": SECRET, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    status, stored, shown = result.stdout.splitlines()
    assert "(keyring.backends.SecretService.Keyring)" in status
    assert stored.endswith(SHOWN) and shown == stored  # --show ran in a new process: the key came from the service
    assert (tmp_path / "home" / "xdg_data_home" / "keyrings").is_dir()  # the test's own keyring, not the user's
