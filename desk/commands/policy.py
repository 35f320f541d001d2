"""`desk policy list|set|unset`: see the platform rules and where they come from, and override them from a date on;
`desk setting [NAME [VALUE]]`: the business's settings."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from desk.commands import Commands, iso_date
from desk.commands.output import print_json, print_lines
from desk.language import words

if TYPE_CHECKING:
    from desk.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    policy = commands.add_parser("policy", parents=[common], help=words.tr("see platform rules and override them"))
    actions = policy.add_subparsers(dest="action", metavar="ACTION", required=True)

    show = actions.add_parser("list", parents=[common], help=words.tr("each rule: value, unit, effective date, source"))
    show.add_argument("platform", nargs="?", default=None, help=words.tr("one platform, `agent` or `default` (all)"))
    show.add_argument(
        "--on", type=iso_date, default=None, metavar="DATE", help=words.tr("mark the rules in force then (today)")
    )
    show.set_defaults(handler=_list, needs_workspace=True)

    put = actions.add_parser("set", parents=[common], help=words.tr("override a rule from a date on"))
    put.add_argument("platform")
    put.add_argument("key", help=words.tr("e.g. seller_response, refund_arrival, protection_window"))
    put.add_argument("value", help=words.tr("days, or a range such as 3-20"))
    put.add_argument(
        "--effective", type=iso_date, required=True, metavar="DATE", help=words.tr("the day it took effect")
    )
    put.add_argument("--source", default=None, metavar="TEXT", help=words.tr("where you read it"))
    put.add_argument("--method", default=None, metavar="M", help=words.tr("a payment method, for per-method rules"))
    put.add_argument("--unit", default=None, help=words.tr("days, business_days or working_days (the shipped rule's)"))
    put.set_defaults(handler=_set, needs_workspace=True)

    drop = actions.add_parser(
        "unset", parents=[common], help=words.tr("remove an override; the shipped rule applies again")
    )
    drop.add_argument("platform")
    drop.add_argument("key")
    drop.add_argument("--effective", type=iso_date, required=True, metavar="DATE")
    drop.add_argument("--method", default=None, metavar="M")
    drop.set_defaults(handler=_unset, needs_workspace=True)

    setting = commands.add_parser("setting", parents=[common], help=words.tr("show or change the business's settings"))
    setting.add_argument("name", nargs="?", default=None, help=words.tr("home_currency, reminder_days or country"))
    setting.add_argument("value", nargs="?", default=None)
    setting.set_defaults(handler=_setting, needs_workspace=True)


def _list(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.policies import load_policies
    from desk.policies.view import rule_json, rules_by_platform
    from desk.policies.words import note_words, says, source_words, where

    on = args.on or date.today()
    with ws.read() as session:
        policies = load_policies(session)
        listed = rules_by_platform(session, policies, args.platform, on)
    if args.json:
        print_json([{"for": p, **rule_json(r, live)} for p, rules in listed.items() for r, live in rules])
        return 0
    lines: list[str] = []
    for platform, rules in listed.items():
        lines.append(words.tr("{0} (working days counted in {1}):").format(where(platform), policies.country(platform)))
        for rule, live in rules:
            marks = [
                m
                for m, on_ in (
                    (words.tr("your override"), rule.overridden),
                    (words.tr("Desk's reading"), rule.assumption),
                )
                if on_
            ]
            marks.append(words.tr("in force") if live else words.tr("not in force"))
            lines.append(f"  {says(rule)[:1].upper()}{says(rule)[1:]}.  [{', '.join(marks)}]")
            if rule.platform != platform:
                lines.append("      " + words.tr("{0}; for {1}").format(source_words(rule), where(rule.platform)))
            else:
                lines.append(f"      {source_words(rule)}")
            if rule.note:
                lines.append(f"      {note_words(rule.note)}")
        lines.append("")
    print_lines(lines[:-1])
    return 0


def _set(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.settings import OverridePolicy, override_policy
    from desk.policies.view import rule_json

    request = OverridePolicy(
        args.platform, args.key, args.value, args.effective, source=args.source, method=args.method, unit=args.unit
    )
    done = override_policy(ws, request)
    if args.json:
        print_json(rule_json(done.rule))
    else:
        print(done.message)
    return 0


def _unset(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.operations.settings import RemovePolicyOverride, remove_policy_override

    print(
        remove_policy_override(ws, RemovePolicyOverride(args.platform, args.key, args.effective, args.method)).message
    )
    return 0


def _setting(args: argparse.Namespace, ws: Workspace) -> int:
    from desk.settings import SETTINGS, all_settings, get_setting

    if args.value is not None:
        from desk.operations.settings import ChangeSetting, change_setting

        done = change_setting(ws, ChangeSetting(args.name, args.value))
        values = {done.name: done.value}
    else:
        with ws.read() as session:
            values = all_settings(session) if args.name is None else {args.name: get_setting(session, args.name)}
    if args.json:
        print_json(values)
    else:
        print_lines([f"{name} = {value}    # {words.tr(SETTINGS[name].help)}" for name, value in values.items()])
    return 0
