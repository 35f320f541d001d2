"""A deposit application as people read it, for the CLI and the GUI: what it still needs before it is submitted,
its submissions, each with the review window counted in the platform's country's working days (seed 003: "within
7-15 working days"), what arrived and whether it needs following up, and what can happen next. Windows are derived
each time, never stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desk.calendar import country_name
from desk.deposits.applications import allowed_events
from desk.deposits.arrival import check_arrival
from desk.deposits.check import Finding, check
from desk.errors import DeskError
from desk.language import words
from desk.models import DepositApplication, Submission
from desk.policies import Policies


@dataclass(frozen=True)
class Window:
    earliest: date
    latest: date
    rule: str  # the rule and its source
    counted: str  # "working days of China", "calendar days"


Country = Callable[[str], str]  # a country's name from its code: English for the CLI and PDFs, the user's locale
# in the window


def review_window(
    policies: Policies, application: DepositApplication, submission: Submission, country: Country = country_name
) -> Window:
    """When the platform should decide on a submission; a PolicyError when it has no `deposit_review` rule."""
    platform = application.store.platform.value
    rule = policies.rule(platform, "deposit_review", submission.submitted_on)
    earliest, latest = policies.window(rule, submission.submitted_on)
    if rule.unit == "working_days":
        counted = words.tr("working days of {0}").format(country(policies.country(platform)))
    elif rule.unit == "business_days":
        counted = words.tr("business days of {0}").format(country(policies.business_country))
    else:
        counted = words.tr("calendar days")
    return Window(earliest, latest, rule.cite(), counted)


def _submission(policies: Policies, application: DepositApplication, s: Submission, country: Country) -> dict[str, Any]:
    row: dict[str, Any] = {
        "seq": s.seq,
        "submitted_on": s.submitted_on,
        "outcome": s.outcome,
        "decided_on": s.decided_on,
        "reason": s.reason,
        "window": None,
        "window_problem": None,
    }
    try:
        w = review_window(policies, application, s, country)
    except DeskError as error:  # a platform without a review rule: say so, show the rest
        row["window_problem"] = str(error)
    else:
        row["window"] = {"earliest": w.earliest, "latest": w.latest, "counted": w.counted, "rule": w.rule}
    return row


def head(application: DepositApplication) -> dict[str, Any]:
    """What names an application, first in what `desk deposit show` and `desk deposit check` print."""
    store = application.store
    return {
        "id": application.id,
        "store": store.name,
        "platform": store.platform,
        "deposit": application.deposit,
        "state": application.state,
    }


def _finding(f: Finding) -> dict[str, Any]:
    item = {"code": f.code, "label": f.label, "check": f.how, "required": f.required, "met": f.met}
    item |= {"why": f.explained, "source": f.source}
    if f.case is not None:  # a document: where its files go, and the files
        item |= {"case": f.case, "evidence": [{"id": i, "name": n} for i, n in f.evidence]}
    return item


def readiness(session: Session, application: DepositApplication) -> dict[str, Any]:
    """Everything `desk deposit check` prints: each prerequisite and document, met or not and why, and what still
    blocks submitting, as plain values for JSON or text (dates in the reasons in ISO form)."""
    report = check(session, application)
    return {
        **head(application),
        "ready": report.ready,
        "missing": [f.code for f in report.missing],
        "prerequisites": [_finding(f) for f in report.of_kind("prerequisite")],
        "documents": [_finding(f) for f in report.of_kind("document")],
    }


def summary(
    session: Session, application: DepositApplication, policies: Policies, country: Country = country_name
) -> dict[str, Any]:
    """Everything `desk deposit show` prints, as plain values (Money, dates, enums) for JSON or text; the review
    windows' words name countries with `country` (the window passes the user's locale's names)."""
    arrival = check_arrival(session, application)
    return {
        **head(application),
        "created_on": application.created_on,
        "next": [k.value for k in allowed_events(application.state)],
        "submissions": [_submission(policies, application, s, country) for s in application.submissions],
        "arrival": None
        if arrival is None
        else {
            "amount": arrival.arrived,
            "on": arrival.on,
            "expected": arrival.expected,
            "difference": arrival.difference,
            "finding": arrival.finding,
            "cause": arrival.cause,
            "follow_up": arrival.follow_up,
            "detail": arrival.detail,
        },
        "notes": application.notes,
    }
