"""Helpers of the company-space tests: accounts, offer form data, moderators' decisions, page text."""

import datetime

from bs4 import BeautifulSoup
from django.utils import timezone

from opportunities.company_space import accounts
from opportunities.models import CompanyAccountStatus
from tests.transactions import committed

PASSWORD = "un-mot-de-passe-solide-2026"


def text_of(response):
    """What a person reads on the page (entities decoded, tags dropped)."""
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def make_account(email, company=None, status=CompanyAccountStatus.APPROVED, verified=True):
    account = accounts.create_account(
        {
            "email": email,
            "password1": PASSWORD,
            "company_name": company.title if company else "Entreprise en attente",
            "contact_name": "Nadia Exemple",
            "phone": "04 00 00 00 00",
        }
    )
    account.status = status
    account.company = company
    account.email_verified_at = timezone.now() if verified else None
    account.save()
    return account


def offer_data(**overrides):
    data = {
        "title": "Une matinée au quai",
        "offer_type": "visite",
        "audience": "collegiens_3e",
        "sector": "logistics",
        "summary": "Suis une commande du camion jusqu'au client.",
        "description": "Accueil et sécurité.\n\nVisite du quai avec un cariste.",
        "what_to_bring": "Chaussures fermées",
        "accessibility": "",
        "contact": "Nadia, RH",
        "notification_email": "rh@sud-logistique.example",
        "address": "",
        "postcode": "",
        "commune": "",
    }
    data.update(overrides)
    return data


def offer_post_data(sessions=None, initial_forms=0, **overrides):
    """POST data of the offer form: `sessions` is a list of dicts (id, date, start_time, end_time, seats)."""
    day = timezone.localdate() + datetime.timedelta(days=10)
    sessions = (
        sessions
        if sessions is not None
        else [{"date": day.isoformat(), "start_time": "09:00", "end_time": "12:00", "seats": "8"}]
    )
    data = offer_data(**overrides)
    data.update(
        {
            "sessions-TOTAL_FORMS": str(len(sessions)),
            "sessions-INITIAL_FORMS": str(initial_forms),
            "sessions-MIN_NUM_FORMS": "0",
            "sessions-MAX_NUM_FORMS": "30",
        }
    )
    for number, session in enumerate(sessions):
        for key, value in session.items():
            data[f"sessions-{number}-{key}"] = value
    return data


def approve(page, moderator, comment=""):
    task_state = page.current_workflow_state.current_task_state
    with committed():
        task_state.task.specific.on_action(task_state, moderator, "approve", comment=comment)
    page.refresh_from_db()


def reject(page, moderator, comment=""):
    task_state = page.current_workflow_state.current_task_state
    with committed():
        task_state.task.specific.on_action(task_state, moderator, "reject", comment=comment)
    page.refresh_from_db()
