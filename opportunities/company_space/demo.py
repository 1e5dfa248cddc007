"""Demo company account: Sud Logistique's contact, approved, with one offer waiting for the moderators."""

import datetime
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from opportunities.company_space import accounts, offer_editing
from opportunities.company_space.models import CompanyAccountStatus
from opportunities.company_space.workflow import ensure_moderation_workflow
from opportunities.offers.factories import OfferIndexPageFactory
from opportunities.offers.index_page import OfferIndexPage
from opportunities.offers.models import OfferType
from opportunities.offers.offer_page import OfferPage
from partners_directory.models import PartnerKind, PartnerPage
from portal.models import HomePage
from portal.sectors import Sector

EMAIL = "contact-sud-logistique@impact-jeunes.example"
DEV_PASSWORD = "entreprise-impact-2026"
COMPANY_SLUG = "entreprise-sud-logistique"
OFFER_TITLE = "Une matinée au quai de préparation"


def load(report):
    index = OfferIndexPage.objects.first()
    if index is None:
        home = HomePage.objects.first()
        if home is None:
            return
        index = OfferIndexPageFactory(parent=home)
    ensure_moderation_workflow(index)
    company = PartnerPage.objects.filter(slug=COMPANY_SLUG).first()
    company = company or PartnerPage.objects.filter(kind=PartnerKind.COMPANY).order_by("pk").first()
    if company is None:
        return
    account = load_account(company, report)
    load_offer_in_review(account)


def load_account(company, report):
    show_password = getattr(settings, "SHOW_DEMO_PASSWORDS", False)
    user = get_user_model().objects.filter(username=EMAIL).first()
    if user is None:
        # Outside development nobody should know this password: use "mot de passe oublié".
        password = DEV_PASSWORD if show_password else secrets.token_urlsafe(24)
        data = {
            "email": EMAIL,
            "password1": password,
            "company_name": company.title,
            "contact_name": "Nadia Benali",
            "phone": "04 00 00 00 13",
            "siret": "",
        }
        account = accounts.create_account(data)
        account.status = CompanyAccountStatus.APPROVED
        account.company = company
        account.email_verified_at = account.reviewed_at = timezone.now()
        account.save()
    else:
        account = user.company_account
    if show_password:
        report(f"  {EMAIL} / {DEV_PASSWORD}  (espace entreprise sur /espace-entreprise/)")
    return account


def load_offer_in_review(account):
    if OfferPage.objects.filter(owner=account.user).exists():
        return
    first_day = timezone.localdate() + datetime.timedelta(days=16)
    sessions = [
        (None, {"date": day, "start_time": datetime.time(9), "end_time": datetime.time(12), "seats": 8})
        for day in (first_day, first_day + datetime.timedelta(days=14))
    ]
    offer_data = {
        "title": OFFER_TITLE,
        "offer_type": OfferType.COMPANY_VISIT,
        "audience": "collegiens_3e",
        "sector": Sector.LOGISTICS,
        "summary": "Suis une commande du camion jusqu'au client et découvre les métiers de l'entrepôt.",
        "description": "Accueil et consignes de sécurité.\n\nVisite du quai avec un cariste et une préparatrice "
        "de commandes, puis questions-réponses avec l'équipe.",
        "what_to_bring": "Des chaussures fermées.",
        "accessibility": "Plain-pied, accessible en fauteuil.",
        "contact": "Nadia Benali, responsable RH, 04 00 00 00 13",
        "notification_email": EMAIL,
        "address": "",
        "postcode": "",
        "commune": "",
    }
    offer_editing.create_offer(account, account.user, offer_data, sessions)
