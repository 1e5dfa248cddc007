"""Filing a correction, applying it to the page (a new published revision), refusing it, purging contacts."""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from corrections import fields
from corrections.models import Correction
from portal import groups, mail
from portal.links import admin_url


class CannotApply(Exception):
    """Why a correction cannot be applied, in French, for the moderator."""


@transaction.atomic
def file_correction(page, page_type, form):
    kind = Correction.Kind.PARTNER if page_type == fields.PARTNER else Correction.Kind.OFFER
    correction = Correction.objects.create(
        page=page,
        kind=kind,
        reason=form.cleaned_data["reason"],
        message=form.cleaned_data["message"].strip(),
        current_values=form.current,
        proposed_values=form.proposed_values(),
        contact_name=form.cleaned_data["contact_name"].strip(),
        contact_email=form.cleaned_data["contact_email"],
    )
    mail.send(
        "corrections/emails/new_correction.txt",
        {"correction": correction, "review_url": admin_url("corrections_review", args=[correction.pk])},
        groups.member_emails(groups.MODERATORS),
    )
    return correction


def comparison(correction):
    """(label, value then, value now, value proposed) for each field the correction proposes to change."""
    page = correction.page.specific
    rows = []
    for name, proposed in correction.proposed_values.items():
        then = correction.current_values.get(name, fields.shown_value(page, name))
        now = fields.shown_value(page, name)
        rows.append(
            (
                fields.label(page, name),
                fields.display(page, name, then),
                fields.display(page, name, now),
                fields.display(page, name, proposed),
            )
        )
    return rows


@transaction.atomic
def apply(correction, user):
    """Publish the proposed values as a new revision of the live page, by the moderator."""
    correction = Correction.objects.select_for_update().get(pk=correction.pk)
    if correction.status != Correction.Status.OPEN:
        raise CannotApply("Cette correction a déjà été traitée.")
    page = correction.page.specific
    if not page.permissions_for_user(user).can_publish():
        raise PermissionDenied
    if page.has_unpublished_changes:
        raise CannotApply(
            "Cette page a des modifications non publiées (peut-être en relecture) : appliquez la correction "
            "à la main dans l'éditeur, puis marquez-la comme traitée."
        )
    allowed = [*fields.CORRECTABLE.get(page._meta.label, []), fields.CLOSE_FIELD]
    fields.set_values(page, {name: value for name, value in correction.proposed_values.items() if name in allowed})
    try:
        revision = page.save_revision(user=user, log_action=True)
    except ValidationError as error:
        raise CannotApply("La page refuse ces valeurs : " + " ".join(error.messages)) from error
    revision.publish(user=user)
    _close(correction, Correction.Status.APPLIED, user)
    return page


def reject(correction, user, note=""):
    """Refuse the proposed values; a report without any is simply marked handled."""
    correction.moderator_note = note
    status = Correction.Status.REJECTED if correction.proposed_values else Correction.Status.HANDLED
    _close(correction, status, user)


def _close(correction, status, user):
    correction.status = status
    correction.handled_at = timezone.now()
    correction.handled_by = user
    correction.save(update_fields=["status", "handled_at", "handled_by", "moderator_note"])


def purge_contacts(now=None):
    """Erase the contact left with corrections handled more than CORRECTION_RETENTION_DAYS ago."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.CORRECTION_RETENTION_DAYS)
    return (
        Correction.objects.filter(handled_at__lt=cutoff, contact_erased_at=None)
        .exclude(contact_name="", contact_email="")
        .update(contact_name="", contact_email="", contact_erased_at=now)
    )
