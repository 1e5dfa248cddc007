"""Which fields of which page the public may propose to correct, and how a proposal is built."""

from django import forms
from django.db import models

from corrections.models import Correction
from portal.models.places import Place

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
# An item at its partner's shows the partner's address (portal/models/places.py): that is what people correct.
PLACE_FIELDS = {"address": "place_address", "postcode": "place_postcode", "commune": "place_commune"}
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


def shown_value(page, name):
    """A field's value as the page shows it."""
    value = getattr(page, PLACE_FIELDS[name] if isinstance(page, Place) and name in PLACE_FIELDS else name)
    return "" if value is None else value


def current_values(page, label_of):
    return {name: str(shown_value(page, name)) for name in CORRECTABLE[label_of]}


def set_values(page, values):
    """Write `values` on the page; a corrected address becomes the item's own, whole (no longer its partner's)."""
    if isinstance(page, Place) and PLACE_FIELDS.keys() & values.keys():
        page.take_over_address()
    for name, value in values.items():
        setattr(page, name, value)


def display(page, name, value):
    """A value as the moderator reads it: yes/no for a switch, a dash for nothing."""
    if name == CLOSE_FIELD:
        return "Oui" if value else "Non"
    return value if value not in ("", None) else "—"
