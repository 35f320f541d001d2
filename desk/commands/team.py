"""`desk team`: team mode's setup. `login` keeps a server login's password in the keyring and links this desk's
folder for the server; `init` sets an empty server database up for Desk (its owner's login); `upgrade` brings its
schema to this Desk's, after a copy by pg_dump; `move` copies a single desk's folder into an empty server;
`add-user` gives a person a login. The server's address is
`postgresql://login@server/database`; after `login`, `desk --data ADDRESS` (or DESK_DATA) works on its records."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desk.commands import Commands
from desk.commands.secrets import read_secret
from desk.language import words

if TYPE_CHECKING:
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    team = commands.add_parser("team", parents=[common], help=words.tr("work with others on a team server"))
    actions = team.add_subparsers(dest="action", metavar="ACTION", required=True)

    login = actions.add_parser(
        "login", parents=[common], help=words.tr("keep your password for a team server in the system's keyring")
    )
    login.add_argument("address", help=words.tr("the server: postgresql://login@server/database"))
    login.set_defaults(handler=_login, needs_workspace=False)

    init = actions.add_parser(
        "init", parents=[common], help=words.tr("set up an empty database on a team server for Desk (its owner)")
    )
    init.add_argument("address", help=words.tr("the server: postgresql://login@server/database"))
    init.set_defaults(handler=_init, needs_workspace=False)

    upgrade = actions.add_parser(
        "upgrade",
        parents=[common],
        help=words.tr("bring the team server's schema to this Desk's, after a copy by pg_dump (its owner)"),
    )
    upgrade.set_defaults(handler=_upgrade, needs_workspace=False)

    move = actions.add_parser(
        "move", parents=[common], help=words.tr("copy a data folder into an empty team server (its owner)")
    )
    move.add_argument("folder", type=Path, help=words.tr("the data folder; it is left as it was"))
    move.add_argument("address", help=words.tr("the server: postgresql://login@server/database"))
    move.set_defaults(handler=_move, needs_workspace=False)

    add = actions.add_parser(
        "add-user", parents=[common], help=words.tr("give a person a login on the team server (its owner)")
    )
    add.add_argument("login", help=words.tr("the person's login"))
    add.add_argument("--owner", action="store_true", help=words.tr("an owner, who may upgrade and add people"))
    add.set_defaults(handler=_add_user, needs_workspace=True)


def _login(args: argparse.Namespace, data_dir: Path) -> int:
    from desk.operations.team import log_in

    connected = log_in(args.address, read_secret(words.tr("Password for {0}: ").format(args.address)))
    print(words.tr("Connected to {0}; the password is kept in the system's keyring.").format(connected.server))
    return 0


def _init(args: argparse.Namespace, data_dir: Path) -> int:
    from desk.operations.team import set_up_server

    made = set_up_server(args.address)
    print(words.tr("{0} is set up for Desk; add people with desk team add-user.").format(made.server))
    return 0


def _upgrade(args: argparse.Namespace, data_dir: Path) -> int:
    from desk.operations.team import upgrade_team_server

    done = upgrade_team_server(data_dir)
    if done.backup is None:
        said = words.tr("The team server's schema is this Desk's already ({0}); nothing was changed.")
        print(said.format(done.after))
    else:
        print(
            words.tr("Upgraded the team server's schema from {0} to {1}; the copy from before is {2}.").format(
                done.before, done.after, done.backup
            )
        )
    return 0


def _move(args: argparse.Namespace, data_dir: Path) -> int:
    from desk.commands.output import print_json
    from desk.operations.team_move import MoveFolder, move_folder

    def progress(done: int, total: int) -> None:
        if not args.json:
            print(words.tr("{0} of {1} rows copied").format(f"{done:,}", f"{total:,}"), file=sys.stderr)

    moved = move_folder(MoveFolder(args.folder, args.address), progress=progress)
    if args.json:
        print_json({"tables": moved.tables, "resumed": moved.resumed, "rows": moved.rows, "files": moved.files})
    else:
        print(moved.message)
    return 0


def _add_user(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.team import add_user

    password = read_secret(words.tr("Password for {0}: ").format(args.login))
    add_user(ws, args.login, password, owner=args.owner)
    role = words.tr("an owner") if args.owner else words.tr("staff")
    print(words.tr("{0} may now log in to the team server, as {1}.").format(args.login, role))
    return 0
