"""The fields a letter template may use (`$order_no`, `${claimed}`), each explained in one line, and their values
for one dispute in the letter's language. FIELDS is the one list: templates are checked against it, `desk letter
--templates` prints it, and templates/letters/FIELDS.md is written from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desk.disputes.exhibits import Exhibit
from desk.disputes.letter_policy import RungSpec
from desk.disputes.sending import sent_letters
from desk.errors import DeskError
from desk.models import Dispute, DisputeEventKind
from desk.money import Money
from desk.orders.amounts import paid_for_lines
from desk.overview.deadlines import context, dispute_deadlines
from desk.policies import load_policies
from desk.reports import letter_lang as L
from desk.settings import get_str

FIELDS: dict[str, str] = {
    "date": "the letter's date",
    "business_name": "your business's legal name (setting business_name)",
    "business_address": "your postal address on one line (setting business_address)",
    "business_contact": "who signs, with e-mail or phone (setting business_contact)",
    "signatory": "the name that signs: business_contact up to its first comma",
    "recipient": "whom the letter is addressed to: the seller, the platform's service or counsel",
    "supplier": "the seller's name as the platform shows it",
    "supplier_contact": "the seller's contact as recorded (may be empty)",
    "shop_url": "the seller's shop address (may be empty)",
    "platform": "the platform: AliExpress, 1688.com, …",
    "order_no": "the order number on the platform",
    "order_date": "the day the order was placed",
    "paid_date": "the day it was paid",
    "delivered_date": "the day it was delivered, or that it was not",
    "order_paid": "what was paid for the whole order",
    "payment_methods": "how the order was paid (card, PayPal, …)",
    "line_no": "the number of the disputed line of the order",
    "item": "the disputed product, as named in the order",
    "sku": "its SKU (may be empty)",
    "qty": "its quantity",
    "product": "the product with its SKU and quantity, as one phrase",
    "line_paid": "what was paid for the disputed line",
    "claimed": "the amount claimed in the dispute",
    "received": "refunds received for the dispute so far",
    "outstanding": "the amount claimed less refunds received",
    "reason": 'why the dispute was opened, as a clause that follows "because"',
    "want": "what we ask for: a refund, or the return of the goods and a refund",
    "case_no": "the platform's dispute number",
    "dispute_id": "Desk's number for the dispute",
    "opened_date": "the day the dispute was opened",
    "answer_due": "the last day of the seller's time to answer, while the seller has not answered",
    "escalated_date": "the day the dispute was escalated to the platform",
    "decided_date": "the day the platform decided",
    "awarded": "the amount the platform decided should be refunded",
    "history": "the dispute's timeline: one dated line per event and per letter sent (internal ones left out)",
    "statement": "your statement of facts (desk dispute statement), marked with its language where that is not the "
    "letter's; may be empty",
    "exhibits": "the exhibit labels: A, B and C",
    "enclosures": "a sentence naming the enclosed exhibits (or offering documents on request)",
    "tracking": "the tracking numbers with their carriers",
    "reply_days": "the days given to reply (letters with a reply date)",
    "reply_by": "the date to reply by (letters with a reply date)",
}


@dataclass(frozen=True)
class Addressee:
    lines: list[str]  # the recipient block, top to bottom

    @property
    def name(self) -> str:
        return self.lines[0]


def addressee(dispute: Dispute, spec: RungSpec, lang: str) -> Addressee:
    order = dispute.order_line.order
    forms = L.RECIPIENTS[lang]
    form = forms.get(spec.code) or forms[spec.to]
    lines = [line.format(supplier=order.supplier.name, platform=order.platform.label) for line in form]
    if spec.to == "seller":
        lines += [text for text in (order.supplier.shop_url, order.supplier.contact) if text]
    return Addressee(lines)


def owed(dispute: Dispute) -> tuple[Money, Money]:
    """What the dispute's refunds brought so far, and what of the claim is still outstanding (never below zero)."""
    received = Money(sum(p.received_minor or 0 for r in dispute.refunds for p in r.parts), dispute.currency)
    outstanding = dispute.claimed - received if received < dispute.claimed else Money.zero(dispute.currency)
    return received, outstanding


def _answer_due(session: Session, dispute: Dispute, today: date) -> date | None:
    try:
        found = dispute_deadlines(context(session, load_policies(session), today), dispute)
    except DeskError:
        return None
    return next((d.due for d in found if d.kind == "seller_response"), None)


def _history(session: Session, dispute: Dispute, lang: str) -> str:
    """One line per event that is not internal and not a note, and per letter sent to the other side, by date."""
    lines: list[tuple[date, int, str]] = []
    for event in dispute.events:
        if event.internal or event.kind is DisputeEventKind.NOTE:
            continue
        minor = event.amount_minor
        if minor is None and event.kind is DisputeEventKind.OPENED:
            minor = dispute.claimed_minor  # a dispute opened before Desk kept the claim on its event
        amount = "" if minor is None else L.money(Money(minor, dispute.currency), lang)
        rejected = event.kind is DisputeEventKind.DECIDED and minor == 0
        wording = L.EVENTS[lang]["rejected" if rejected else event.kind]
        lines.append((event.occurred_on, 0, wording.format(amount=amount).strip()))
    for letter in sent_letters(session, dispute.id):
        assert letter.sent_on is not None
        title = L.TITLES[lang].get(letter.kind)
        if title is None or letter.kind == "lawyer_cover":
            continue
        text = L.LABELS[lang]["letter"].format(title=title)
        if letter.reply_by is not None:
            text += L.LABELS[lang]["aside"].format(L.LABELS[lang]["reply"].format(date=L.day(letter.reply_by, lang)))
        lines.append((letter.sent_on, 1, text))
    return "\n".join(f"{L.day(on, lang)} — {text}" for on, _, text in sorted(lines, key=lambda x: (x[0], x[1])))


def _enclosures(labels: list[str], named: str, lang: str) -> str:
    words = L.LABELS[lang]
    if not labels:
        return words["enclose_none"]
    return words["enclose_one" if len(labels) == 1 else "enclose_many"].format(labels=named)


def _event_day(dispute: Dispute, kind: DisputeEventKind) -> date | None:
    return next((e.occurred_on for e in dispute.events if e.kind is kind), None)


def letter_fields(
    session: Session,
    dispute: Dispute,
    spec: RungSpec,
    lang: str,
    today: date,
    reply_by: date | None,
    exhibits: list[Exhibit],
) -> dict[str, str]:
    """Every field of FIELDS for this dispute and letter, written in `lang`."""
    words = L.LABELS[lang]
    line, order = dispute.order_line, dispute.order_line.order

    def money(amount: Money) -> str:
        return L.money(amount, lang)

    received, outstanding = owed(dispute)
    product = line.item + (f" ({words['sku'].format(sku=line.sku)})" if line.sku else "")
    product += (
        ", " + words["pieces"].format(qty=line.qty) if lang != "zh" else "，" + words["pieces"].format(qty=line.qty)
    )
    labels = [e.label for e in exhibits]
    named = words["one" if len(labels) == 1 else "many"].format(labels=L.listing(labels, lang))
    contact = get_str(session, "business_contact")
    decided = next((e for e in reversed(dispute.events) if e.kind is DisputeEventKind.DECIDED), None)
    methods = sorted({L.method(p.method, lang) for p in order.payments})
    tracking = [f"{t.number} ({t.carrier})" if t.carrier else t.number for t in order.tracking_numbers]
    values = {
        "date": L.day(today, lang),
        "business_name": get_str(session, "business_name"),
        "business_address": ", ".join(x.strip() for x in get_str(session, "business_address").splitlines() if x),
        "business_contact": contact,
        "signatory": contact.split(",")[0].strip(),
        "recipient": addressee(dispute, spec, lang).name,
        "supplier": order.supplier.name,
        "supplier_contact": order.supplier.contact or "",
        "shop_url": order.supplier.shop_url or "",
        "platform": order.platform.label,
        "order_no": order.order_no,
        "order_date": L.day(order.placed_on, lang),
        "paid_date": L.day(order.paid_on, lang),
        "delivered_date": L.day(order.delivered_on, lang) if order.delivered_on else words["not_delivered"],
        "order_paid": money(order.paid),
        "payment_methods": L.listing(methods, lang),
        "line_no": str(line.line_no),
        "item": line.item,
        "sku": line.sku or "",
        "qty": str(line.qty),
        "product": product,
        "line_paid": money(paid_for_lines(order).get(line.id, Money.zero(order.currency))),
        "claimed": money(dispute.claimed),
        "received": money(received),
        "outstanding": money(outstanding),
        "reason": L.REASONS[lang][dispute.reason],
        "want": L.WANTS[lang][dispute.want],
        "case_no": dispute.platform_case_no or words["not_assigned"],
        "dispute_id": str(dispute.id),
        "opened_date": L.day(dispute.opened_on, lang),
        "answer_due": L.day(_answer_due(session, dispute, today), lang),
        "escalated_date": L.day(_event_day(dispute, DisputeEventKind.ESCALATED), lang),
        "decided_date": L.day(decided.occurred_on if decided else None, lang),
        "awarded": money(Money(decided.amount_minor or 0, dispute.currency)) if decided else words["none"],
        "history": _history(session, dispute, lang),
        "statement": L.quoted(dispute.statement or "", lang),
        "exhibits": L.listing(labels, lang) or words["none"],
        "enclosures": _enclosures(labels, named, lang),
        "tracking": L.listing(tracking, lang) or words["none"],
        "reply_days": str(spec.reply_days) if spec.reply_days else words["none"],
        "reply_by": L.day(reply_by, lang),
    }
    missing = set(FIELDS) ^ set(values)
    assert not missing, f"FIELDS and letter_fields disagree on {sorted(missing)}"
    return values


def fields_markdown() -> str:
    """templates/letters/FIELDS.md: the fields a template may use, one line each."""
    lines = [
        "# Fields for letter templates",
        "",
        "A template is a UTF-8 text file: the first line is `Subject: …`, then a blank line, then the body, with a",
        "blank line between paragraphs (line breaks inside a paragraph are kept). Write a field as `$name` or",
        "`${name}` (the braces when letters follow it directly), and `$$` for a dollar sign. A paragraph that is",
        "empty once its fields are filled in (an empty `$statement`) is left out. The exhibit list, the letterhead,",
        "the recipient, the date, the reference line and the signature are added by Desk around the body.",
        "",
        "Your copy of a template in `<data folder>/templates/letters/<lang>/<kind>.txt` wins over the shipped one;",
        "`desk letter --templates` copies the shipped ones there without overwriting yours.",
        "",
        "| field | what it holds |",
        "|---|---|",
    ]
    lines += [f"| `${name}` | {text} |" for name, text in FIELDS.items()]
    return "\n".join(lines) + "\n"
