"""`desk letter`: the escalation-letter ladder of a dispute, the letters themselves, and their templates.

`desk letter DISPUTE` shows each rung available or not and why, with sent dates, then the other roads to the money;
`desk letter DISPUTE --kind K --lang L -o FILE.pdf` makes a letter (recorded on the dispute, kept as evidence);
`desk letter sent LETTER_ID --on DATE --via CHANNEL` marks a letter made as sent (until then it is a draft);
`desk letter --templates` copies the shipped templates into the data folder for editing and lists their fields."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.commands import Commands, iso_date
from desk.commands.output import print_json, print_lines
from desk.language import words

if TYPE_CHECKING:
    from desk.reports.letter_ladder import Road, Rung
    from desk.workspace import Workspace


def _audience(to: str) -> str:
    """Who a rung's letter goes to (`Rung.to`), for people."""
    said = {
        "seller": words.tr("to the seller"),
        "platform": words.tr("to the platform"),
        "counsel": words.tr("to counsel"),
    }
    return said[to]


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    letter = commands.add_parser(
        "letter",
        parents=[common],
        help=words.tr("escalation letters of a dispute: the ladder, a letter as PDF, the editable templates"),
        description=words.tr(
            "Without --kind: the dispute's letter ladder and the other roads to the money. With --kind: make that "
            "letter, record it on the dispute and keep the PDF as evidence."
        ),
    )
    letter.add_argument(
        "dispute",
        nargs="?",
        default=None,
        metavar="DISPUTE",
        help=words.tr("a dispute id (12) or dispute:12; or `sent LETTER_ID`"),
    )
    letter.add_argument("letter_id", nargs="?", default=None, metavar="LETTER_ID", help=argparse.SUPPRESS)
    letter.add_argument(
        "--kind",
        default=None,
        metavar="K",
        help="seller_reminder, platform_complaint, platform_arbitration, formal_demand, adr_request, lawyer_cover",
    )
    letter.add_argument("--lang", default="en", metavar="L", help=words.tr("en, ru or zh (default en)"))
    letter.add_argument(
        "-o", "--out", type=Path, default=None, metavar="FILE.pdf", help=words.tr("where to write the letter")
    )
    letter.add_argument("--force", action="store_true", help=words.tr("make a letter the ladder does not offer now"))
    letter.add_argument(
        "--today", type=iso_date, default=None, metavar="DATE", help=words.tr("the letter's date (today)")
    )
    letter.add_argument(
        "--on", type=iso_date, default=None, metavar="DATE", help=words.tr("with sent: the day it was sent")
    )
    letter.add_argument(
        "--via",
        default=None,
        metavar="CHANNEL",
        help=words.tr("with sent: how it went (e-mail, platform message, post, …)"),
    )
    letter.add_argument(
        "--templates", action="store_true", help=words.tr("copy the templates into the data folder to edit")
    )
    letter.set_defaults(handler=_letter, needs_workspace=True)


def parse_dispute(text: str) -> int:
    from desk.errors import DeskError

    raw = text.strip()
    prefix, sep, rest = raw.partition(":")
    number = rest if sep and prefix.strip().lower() == "dispute" else raw
    if not number.strip().isdigit():
        raise DeskError(words.tr("{0!r} is not a dispute: give its id (12) or dispute:12").format(text))
    return int(number)


def _letter(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.errors import DeskError

    if args.dispute == "sent":
        return _sent(args, ws)
    if args.letter_id is not None or args.on is not None or args.via is not None:
        raise DeskError(
            words.tr("a letter id, --on and --via mark a letter sent: desk letter sent LETTER_ID --on DATE --via ...")
        )
    if args.templates:
        if args.dispute or args.kind:
            raise DeskError(words.tr("--templates takes no dispute and no --kind"))
        return _templates(args, ws)
    if args.dispute is None:
        raise DeskError(words.tr("give a dispute (desk letter 12), or --templates"))
    dispute_id = parse_dispute(args.dispute)
    if args.kind is None:
        if args.out is not None or args.force:
            raise DeskError(words.tr("-o and --force make a letter: give its --kind too"))
        return _ladder(args, ws, dispute_id)
    if args.out is None:
        raise DeskError(words.tr("give the file to write the letter to: -o FILE.pdf"))
    return _make(args, ws, dispute_id)


def _rung_json(rung: Rung) -> dict[str, Any]:
    return {
        "kind": rung.kind,
        "title": rung.title,
        "to": rung.to,
        "available": rung.available,
        "why": str(rung.why),
        "sent_on": rung.sent_on,
        "drafted_on": rung.drafted_on,
        "reply_days": rung.reply_days,
        "warnings": [str(w) for w in rung.warnings],
    }


def _road_json(road: Road) -> dict[str, Any]:
    return {
        "kind": road.kind,
        "title": road.title,
        "possible": road.possible,
        "why": str(road.why),
        "warnings": [str(w) for w in road.warnings],
    }


def _ladder(args: argparse.Namespace, ws: Workspace, dispute_id: int) -> int:
    from desk.disputes.lifecycle import get_dispute
    from desk.reports.letter_ladder import letter_ladder, other_roads

    today = args.today or date.today()
    with ws.read() as session:
        dispute = get_dispute(session, dispute_id)
        rungs = letter_ladder(session, dispute, today)
        roads = other_roads(session, dispute, today)
        line = dispute.order_line
        head = words.tr("Dispute {0}: {1} line {2} ({3}), {4}, claimed {5}; as of {6}").format(
            dispute.id, line.order.key, line.line_no, line.item, dispute.state.value, dispute.claimed, today.isoformat()
        )
    if args.json:
        print_json(
            {
                "dispute": dispute_id,
                "today": today,
                "ladder": [_rung_json(r) for r in rungs],
                "roads": [_road_json(r) for r in roads],
            }
        )
        return 0
    width = max(len(r.kind) for r in rungs)
    lines = [head, "", words.tr("Letters, in the order they are climbed:")]
    for number, rung in enumerate(rungs, start=1):
        state = words.tr("AVAILABLE") if rung.available else words.tr("not now")
        lines.append(f"  {number}. {rung.kind:<{width}}  {state:<9}  {rung.title} ({_audience(rung.to)})")
        lines.append(f"       {rung.why}")
        if rung.sent_on is not None:
            lines.append("       " + words.tr("sent {0}").format(rung.sent_on.isoformat()))
        if rung.drafted_on is not None:
            made = rung.drafted_on.isoformat()
            if len(rung.draft_langs) > 1:
                said = words.tr("made {0} in {1}, not marked sent yet").format(made, ", ".join(rung.draft_langs))
            else:
                said = words.tr("made {0}, not marked sent yet").format(made)
            lines.append(f"       {said}")
        lines += [f"       ! {warning}" for warning in rung.warnings]
    lines += ["", words.tr("Other roads to the money:")]
    for road in roads:
        state = words.tr("possible") if road.possible else words.tr("not open")
        lines.append(f"  {road.kind:<{width + 3}}  {state:<9}  {road.title}")
        lines.append(f"       {road.why}")
        lines += [f"       ! {warning}" for warning in road.warnings]
    print_lines(lines)
    return 0


def _make(args: argparse.Namespace, ws: Workspace, dispute_id: int) -> int:
    from desk.operations.letters import MakeLetter, make_letter
    from desk.reports.letter_lang import LANG_NAMES

    request = MakeLetter(dispute_id, args.kind, args.lang, args.out, args.today, args.force)
    result = make_letter(ws, request)
    if args.json:
        print_json(
            {
                "dispute": dispute_id,
                "kind": args.kind,
                "lang": args.lang,
                "path": str(result.path),
                "evidence_id": result.evidence_id,
                "letter_id": result.letter_id,
                "version_id": result.version_id,
                "langs": list(result.langs),
                "reply_by": result.reply_by,
            }
        )
        return 0
    if result.reply_by:
        recorded = words.tr("Recorded as letter {0} and kept as evidence {1}; reply by {2}.").format(
            result.letter_id, result.evidence_id, result.reply_by.isoformat()
        )
    else:
        recorded = words.tr("Recorded as letter {0} and kept as evidence {1}.").format(
            result.letter_id, result.evidence_id
        )
    print_lines(
        [
            words.tr("Made {0} ({1}) for dispute {2}: {3}").format(
                args.kind, LANG_NAMES[args.lang], dispute_id, result.path
            ),
            recorded,
            *(
                [
                    words.tr("The letter is now written in {0}: its versions go out together.").format(
                        ", ".join(LANG_NAMES[lang] for lang in result.langs)
                    )
                ]
                if len(result.langs) > 1
                else []
            ),
            words.tr("Once it has gone out: desk letter sent {0} --on DATE --via CHANNEL").format(result.letter_id),
        ]
    )
    return 0


def _sent(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.errors import DeskError
    from desk.operations.letters import MarkLetterSent, mark_letter_sent

    if args.letter_id is None or not args.letter_id.strip().isdigit():
        raise DeskError(words.tr("give the letter's id: desk letter sent LETTER_ID --on DATE --via CHANNEL"))
    if args.on is None or args.via is None:
        raise DeskError(words.tr("say when and how the letter was sent: --on DATE --via CHANNEL"))
    if args.kind or args.out or args.force or args.templates:
        raise DeskError(words.tr("desk letter sent takes a letter id, --on and --via only"))
    result = mark_letter_sent(ws, MarkLetterSent(int(args.letter_id), args.on, args.via))
    if args.json:
        print_json({"letter_id": result.letter_id, "dispute": result.dispute_id, "sent_on": args.on})
        return 0
    print(result.message)
    return 0


def _templates(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.letters import copy_letter_templates
    from desk.reports.letter_fields import FIELDS

    copied = copy_letter_templates(ws)
    folder, done = copied.folder, copied.files
    if args.json:
        print_json(
            {
                "folder": str(folder),
                "files": [{"path": str(path), "status": status} for path, status in done],
                "fields": FIELDS,
            }
        )
        return 0
    lines = [
        words.tr("Letter templates: {0}").format(folder),
        words.tr("(a template there wins over the shipped one; edit it as UTF-8 text)"),
    ]
    lines += [f"  {path.relative_to(folder)}: {status}" for path, status in done]
    lines += ["", words.tr("Fields a template may use ($name or ${name}; also in FIELDS.md there):")]
    width = max(len(name) for name in FIELDS) + 1
    lines += [f"  ${name:<{width}} {text}" for name, text in FIELDS.items()]
    print_lines(lines)
    return 0
