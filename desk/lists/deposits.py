"""The Deposits page and the prerequisites, documents and submissions shown under an application."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from desk.lists.deadlines import next_deadline_column, next_deadline_sort, next_deadline_value
from desk.lists.listing import SQL, Kind, ListSpec
from desk.lists.shared import C
from desk.models import ChecklistItem, DepositApplication, EvidenceLink, Prerequisite, Store, Submission


def _deposits() -> SQL:
    last_submitted = select(func.max(Submission.submitted_on)).where(Submission.application_id == DepositApplication.id)
    return select(
        DepositApplication.id,
        Store.name.label("store"),
        Store.platform.label("platform"),
        DepositApplication.deposit_minor.label("deposit"),
        DepositApplication.currency.label("deposit_currency"),
        DepositApplication.state.label("state"),
        DepositApplication.created_on.label("created_on"),
        last_submitted.scalar_subquery().label("submitted_on"),
        DepositApplication.arrived_minor.label("arrived"),
        # Money may arrive in another currency than the deposit's (revision 0005).
        func.coalesce(DepositApplication.arrived_currency, DepositApplication.currency).label("arrived_currency"),
    ).join(Store, Store.id == DepositApplication.store_id)


DEPOSITS = ListSpec(
    "deposits",
    "Deposits",
    (
        C("id", "No.", Kind.INT),
        C("store", "Store", width=24),
        C("platform", "Platform", Kind.ENUM),
        C("deposit", "Deposit", Kind.MONEY),
        C("state", "State", Kind.ENUM),
        next_deadline_column(),
        C("created_on", "Created", Kind.DATE),
        C("submitted_on", "Last submitted", Kind.DATE, sortable=False),
        C("arrived", "Arrived", Kind.MONEY),
    ),
    _deposits,
    {
        "id": DepositApplication.id,
        "store": Store.name,
        "platform": Store.platform,
        "deposit": DepositApplication.deposit_minor,
        "state": DepositApplication.state,
        "created_on": DepositApplication.created_on,
        "arrived": DepositApplication.arrived_minor,
        "next_deadline": next_deadline_sort(lambda found: found.deposits, DepositApplication.id),
    },
    ("created_on", True),
    search=(Store.name,),
    stretch="store",
    computed={"next_deadline": next_deadline_value(lambda found: found.deposits)},
    voidable=DepositApplication,
)


PREREQUISITES = ListSpec(
    "prerequisites",
    "Prerequisites",
    (C("label", "Prerequisite", width=40), C("confirmed_on", "Confirmed", Kind.DATE), C("note", "Note")),
    lambda: select(
        Prerequisite.id,
        Prerequisite.label.label("label"),
        Prerequisite.confirmed_on.label("confirmed_on"),
        Prerequisite.note.label("note"),
    ),
    {"label": Prerequisite.label, "confirmed_on": Prerequisite.confirmed_on, "id": Prerequisite.id},
    ("id", False),
    parent=Prerequisite.application_id,
    stretch="label",
)

_linked = aliased(EvidenceLink)

CHECKLIST = ListSpec(
    "checklist",
    "Documents",
    (C("label", "Document"), C("required", "Required"), C("evidence", "Evidence", Kind.INT, sortable=False)),
    lambda: select(
        ChecklistItem.id,
        ChecklistItem.label.label("label"),
        ChecklistItem.required.label("required"),
        select(func.count()).where(_linked.checklist_item_id == ChecklistItem.id).scalar_subquery().label("evidence"),
    ),
    {"label": ChecklistItem.label, "required": ChecklistItem.required, "id": ChecklistItem.id},
    ("id", False),
    parent=ChecklistItem.application_id,
    stretch="label",
)

SUBMISSIONS = ListSpec(
    "submissions",
    "Submissions",
    (
        C("seq", "No.", Kind.INT),
        C("submitted_on", "Submitted", Kind.DATE),
        C("outcome", "Outcome", Kind.ENUM),
        C("decided_on", "Decided", Kind.DATE),
        C("reason", "Reason"),
    ),
    lambda: select(
        Submission.id,
        Submission.seq.label("seq"),
        Submission.submitted_on.label("submitted_on"),
        Submission.outcome.label("outcome"),
        Submission.decided_on.label("decided_on"),
        Submission.reason.label("reason"),
    ),
    {"seq": Submission.seq, "submitted_on": Submission.submitted_on},
    ("seq", False),
    parent=Submission.application_id,
)
