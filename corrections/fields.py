"""Which fields of which page the public may propose to correct, and how a proposal is built."""

from django import forms
from django.db import models

from corrections.models import Correction

PARTNER = "partners_directory.PartnerPage"
OFFER = "opportunities.OfferPage"

CORRECTABLE = {
    PARTNER: [
        "summary",
        "address",
        "postcode",
        "commune",
        "phone",
        "email",
        "website",
        "opening_hours",
        "accessibility",
    ],
    OFFER: ["address", "postcode", "commune", "contact", "what_to_bring", "accessibility"],
}
REASONS = {
    PARTNER: [Correction.Reason.WRONG_INFO, Correction.Reason.MOVED_OR_CLOSED, Correction.Reason.OTHER],
    OFFER: [
        Correction.Reason.PAST_OR_FULL,
        Correction.Reason.GONE,
        Correction.Reason.WRONG_INFO,
        Correction.Reason.MISLEADING,
        Correction.Reason.OTHER,
    ],
}
# A reported offer that no longer exists is proposed closed: applying the report closes its sign-ups.
CLOSE_SIGNUPS_REASONS = {Correction.Reason.GONE}
CLOSE_FIELD = "signups_closed"


def model_field(page, name):
    return page._meta.get_field(name)


def label(page, name):
    return str(model_field(page, name).verbose_name).capitalize()


def form_field(page, name):
    extra = {"assume_scheme": "https"} if isinstance(model_field(page, name), models.URLField) else {}
    field = model_field(page, name).formfield(required=False, **extra)
    if isinstance(model_field(page, name), models.TextField):
        field.widget = forms.Textarea(attrs={"rows": 3})
    field.label = label(page, name)
    return field


def current_values(page, label_of):
    return {name: "" if getattr(page, name) is None else str(getattr(page, name)) for name in CORRECTABLE[label_of]}


def display(page, name, value):
    """A value as the moderator reads it: yes/no for a switch, a dash for nothing."""
    if name == CLOSE_FIELD:
        return "Oui" if value else "Non"
    return value if value not in ("", None) else "—"
