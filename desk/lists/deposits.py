"""The Deposits page and the prerequisites, documents and submissions shown under an application."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from desk.language import QT_TRANSLATE_NOOP, words
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
    QT_TRANSLATE_NOOP("words", "Deposits"),
    (
        C("id", QT_TRANSLATE_NOOP("words", "No."), Kind.INT),
        C("store", QT_TRANSLATE_NOOP("words", "Store"), width=24),
        C("platform", QT_TRANSLATE_NOOP("words", "Platform"), Kind.ENUM),
        C("deposit", QT_TRANSLATE_NOOP("words", "Deposit"), Kind.MONEY),
        C("state", QT_TRANSLATE_NOOP("words", "State"), Kind.ENUM),
        next_deadline_column(),
        C("created_on", QT_TRANSLATE_NOOP("words", "Created"), Kind.DATE),
        C("submitted_on", QT_TRANSLATE_NOOP("words", "Last submitted"), Kind.DATE, sortable=False),
        C("arrived", QT_TRANSLATE_NOOP("words", "Arrived"), Kind.MONEY),
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



def policy_words(label: str) -> str:
    """A prerequisite's or document's label as the policy file words it (desk.policies.data_words), in the user's
    language; a document the user added keeps their words."""
    return words.tr(label)


PREREQUISITES = ListSpec(
    "prerequisites",
    QT_TRANSLATE_NOOP("words", "Prerequisites"),
    (
        C("label", QT_TRANSLATE_NOOP("words", "Prerequisite"), render=policy_words, width=40),
        C("confirmed_on", QT_TRANSLATE_NOOP("words", "Confirmed"), Kind.DATE),
        C("note", QT_TRANSLATE_NOOP("words", "Note")),
    ),
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
    QT_TRANSLATE_NOOP("words", "Documents"),
    (
        C("label", QT_TRANSLATE_NOOP("words", "Document"), render=policy_words),
        C("required", QT_TRANSLATE_NOOP("words", "Required")),
        C("evidence", QT_TRANSLATE_NOOP("words", "Evidence"), Kind.INT, sortable=False),
    ),
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
    QT_TRANSLATE_NOOP("words", "Submissions"),
    (
        C("seq", QT_TRANSLATE_NOOP("words", "No."), Kind.INT),
        C("submitted_on", QT_TRANSLATE_NOOP("words", "Submitted"), Kind.DATE),
        C("outcome", QT_TRANSLATE_NOOP("words", "Outcome"), Kind.ENUM),
        C("decided_on", QT_TRANSLATE_NOOP("words", "Decided"), Kind.DATE),
        C("reason", QT_TRANSLATE_NOOP("words", "Reason")),
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
