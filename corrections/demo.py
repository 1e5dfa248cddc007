"""Demo corrections waiting for a moderator: a partner's new phone number, an offer reported gone."""

from corrections import fields
from corrections.models import Correction
from opportunities.models import OfferPage
from partners_directory.models import PartnerPage


def load(report):
    if Correction.objects.exists():
        return
    partner = PartnerPage.objects.live().filter(kind="mission_locale").order_by("pk").first()
    if partner is not None:
        current = fields.current_values(partner, fields.PARTNER)
        Correction.objects.create(
            page=partner,
            kind=Correction.Kind.PARTNER,
            reason=Correction.Reason.WRONG_INFO,
            message="Le numéro a changé depuis le déménagement de l'accueil.",
            current_values=current,
            proposed_values={"phone": "04 91 00 12 34", "opening_hours": "Mo-Fr 09:00-12:30,13:30-17:00"},
        )
    offer = OfferPage.objects.live().order_by("-pk").first()
    if offer is not None:
        Correction.objects.create(
            page=offer,
            kind=Correction.Kind.OFFER,
            reason=Correction.Reason.GONE,
            message="L'entreprise m'a dit qu'elle ne fait plus de visites cette année.",
            current_values=fields.current_values(offer, fields.OFFER),
            proposed_values={fields.CLOSE_FIELD: True},
        )
