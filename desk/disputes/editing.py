"""Correcting a dispute as it was entered: its reason, what is wanted, the amount claimed and the platform's case
number. Its events stay as they happened (the audit log keeps the old values); the state machine is not touched."""

from __future__ import annotations

from desk.common import Dated, dated, formatted
from desk.errors import DeskError
from desk.language import words
from desk.models import Dispute, DisputeReason, DisputeWant
from desk.money import Money
from desk.orders.amounts import refundable_on_line, refunded

CASE_NO_LIMIT = 64


def claim_limit(dispute: Dispute) -> Money:
    """The most this dispute may claim: what can still be refunded for its line, plus what was refunded for this
    very dispute (its own refunds are part of its claim, not something taken off it)."""
    own = sum((refunded(r) for r in dispute.refunds if not r.is_voided), Money.zero(dispute.currency))
    return refundable_on_line(dispute.order_line) + own


def edit_dispute(
    dispute: Dispute,
    *,
    reason: DisputeReason | None = None,
    want: DisputeWant | None = None,
    amount: Money | None = None,
    case_no: str | None = None,
) -> list[Dated]:
    """Change what is given (None: kept; a blank case number clears it); the list says what changed, in words
    (an amount kept as one, for the front end to write)."""
    if dispute.is_voided:
        raise DeskError(words.tr("dispute {0} is voided: restore it before correcting it").format(dispute.id))
    done: list[Dated] = []
    if reason is not None and reason is not dispute.reason:
        dispute.reason = reason
        done.append(dated(words.tr("reason {0}").format(reason.value.replace("_", " "))))
    if want is not None and want is not dispute.want:
        dispute.want = want
        done.append(
            dated(
                words.tr("wants a return and refund")
                if want is DisputeWant.RETURN_REFUND
                else words.tr("wants a refund")
            )
        )
    if amount is not None and amount != dispute.claimed:
        _check_claim(dispute, amount)
        dispute.claimed_minor = amount.minor
        done.append(formatted(words.tr("claims {0}"), amount))
    if case_no is not None:
        number = case_no.strip() or None
        if number is not None and len(number) > CASE_NO_LIMIT:
            raise DeskError(
                words.tr("the platform's case number has {0} characters; at most {1}").format(
                    len(number), CASE_NO_LIMIT
                )
            )
        if number != dispute.platform_case_no:
            dispute.platform_case_no = number
            done.append(
                dated(
                    words.tr("the platform's case number {0}").format(number)
                    if number
                    else words.tr("no platform case number")
                )
            )
    return done


def _check_claim(dispute: Dispute, amount: Money) -> None:
    line = dispute.order_line
    if amount.currency != dispute.currency:
        raise DeskError(
            words.tr("the claim is in {0} but dispute {1} is in {2}").format(
                amount.currency, dispute.id, dispute.currency
            )
        )
    if amount.minor <= 0:
        raise DeskError(words.tr("the amount claimed must be more than zero"))
    limit = claim_limit(dispute)
    if amount > limit:
        raise DeskError(
            words.tr(
                "the claim {0} is more than can still be refunded for line {1} of {2}: {3} (what was paid for the "
                "line less what was already refunded)"
            ).format(amount, line.line_no, line.order.key, limit)
        )
    won = dispute.won
    if won is not None and amount < won:
        raise DeskError(
            words.tr("the claim {0} is less than the {1} dispute {2} already won").format(amount, won, dispute.id)
        )
