"""`--for everyone|lawyer|staff`: who may see what a command records (evidence, a dispute's event or note)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desk.language import words

if TYPE_CHECKING:
    from desk.models.audience import Audience

WHO = ("everyone", "lawyer", "staff")


def add_audience(parser: argparse.ArgumentParser, *, required: bool = False) -> argparse._MutuallyExclusiveGroup:
    """`--for WHO`, and `--internal` as before (kept from the other side, shown to our lawyer: `--for lawyer`)."""
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument(
        "--for",
        dest="audience",
        choices=WHO,
        default=None if required else "everyone",
        help=words.tr(
            "who may see it: everyone (it may be sent to the supplier, platform or payment provider; the default), "
            "lawyer (our staff and our lawyer), staff (our staff only)"
        ),
    )
    group.add_argument("--internal", dest="audience", action="store_const", const="lawyer", help="--for lawyer")
    return group


def audience_of(args: argparse.Namespace) -> Audience:
    from desk.models.audience import Audience  # not at import: the CLI starts without the models

    return {"everyone": Audience.EXTERNAL, "lawyer": Audience.COUNSEL, "staff": Audience.INTERNAL}[args.audience]
