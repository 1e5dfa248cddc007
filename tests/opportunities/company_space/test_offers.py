"""Offers written by a company: drafts sent to "Modération des offres", public only once a moderator approves."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import WorkflowState

from opportunities.company_space.workflow import WORKFLOW_NAME
from opportunities.models import OfferPage
from opportunities.offers.factories import OfferSessionFactory
from opportunities.signups.factories import SignUpFactory
from tests.opportunities.company_space.helpers import approve, offer_post_data, reject, text_of

CREATE_URL = "/espace-entreprise/offres/nouvelle/"


def in_days(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def create_offer(client, account, **overrides):
    client.force_login(account.user)
    response = client.post(CREATE_URL, offer_post_data(**overrides))
    assert response.status_code == 302, text_of(response)
    return OfferPage.objects.get(title=overrides.get("title", "Une matinée au quai"))


def is_public(client, page, words):
    """Whether anything public shows the offer: listing, its URL, search, the pages API."""
    client.logout()
    seen = []
    seen.append(words in text_of(client.get("/offres/")))
    seen.append(client.get(f"/offres/{page.slug}/").status_code == 200)
    call_command("update_index", verbosity=0)
    seen.append(words in text_of(client.get("/recherche/", {"q": "quai cariste"})))
    api = client.get("/api/v2/pages/", {"type": "opportunities.OfferPage", "fields": "summary"}).json()
    seen.append(any(item["id"] == page.pk for item in api["items"]))
    return seen


@pytest.mark.django_db
class TestCreateAndModerate:
    def test_new_offer_is_a_draft_in_moderation_then_published_on_approval(
        self, client, approved_account, offer_index, moderator
    ):
        offer = create_offer(client, approved_account)
        assert not offer.live
        assert offer.company == approved_account.company
        assert offer.owner == approved_account.user
        assert offer.description.startswith("<p>Accueil et sécurité.</p>")
        assert offer.place_address == approved_account.company.address  # the company's address by default
        assert offer.place_partner == approved_account.company and offer.address == ""
        state = offer.current_workflow_state
        assert state.workflow.name == WORKFLOW_NAME and state.status == WorkflowState.STATUS_IN_PROGRESS
        # The Modérateurs are told by Wagtail's workflow notification.
        assert any(moderator.email in message.to for message in mail.outbox)
        assert is_public(client, offer, "Une matinée au quai") == [False, False, False, False]

        mail.outbox.clear()
        approve(offer, moderator)
        assert offer.live
        assert [session.seats for session in offer.sessions.all()] == [8]
        assert is_public(client, offer, "Une matinée au quai") == [True, True, True, True]
        to_company = [message for message in mail.outbox if message.to == [approved_account.email]]
        assert len(to_company) == 1 and "Votre offre est en ligne" in to_company[0].subject

    def test_the_dashboard_sorts_offers_by_state(self, client, approved_account, offer_index, moderator):
        create_offer(client, approved_account, title="Offre en relecture")
        response = client.get("/espace-entreprise/")
        tables = {caption.get_text(strip=True) for caption in BeautifulSoupCaptions(response)}
        assert tables == {"En attente de validation"}
        assert "Offre en relecture" in text_of(response)

    def test_a_later_edit_waits_for_approval_and_the_live_page_stays_unchanged(
        self, client, approved_account, offer_index, moderator
    ):
        offer = create_offer(client, approved_account)
        approve(offer, moderator)
        session = offer.sessions.get()
        edit_url = f"/espace-entreprise/offres/{offer.pk}/modifier/"
        form = client.get(edit_url)
        assert 'value="Une matinée au quai"' in form.content.decode()
        data = offer_post_data(
            sessions=[
                {
                    "id": str(session.pk),
                    "date": session.date.isoformat(),
                    "start_time": "09:00",
                    "end_time": "12:00",
                    "seats": "12",
                },
                {"date": in_days(20), "start_time": "14:00", "end_time": "16:30", "seats": "6"},
            ],
            initial_forms=1,
            summary="Nouveau résumé : suis une commande jusqu'au client.",
        )
        response = client.post(edit_url, data)
        assert response.status_code == 302
        offer.refresh_from_db()
        assert offer.live and offer.has_unpublished_changes
        assert offer.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
        client.logout()
        public = text_of(client.get(f"/offres/{offer.slug}/"))
        assert "Suis une commande du camion jusqu'au client." in public
        assert "Nouveau résumé" not in public
        assert offer.sessions.count() == 1

        approve(offer, moderator)
        public = text_of(client.get(f"/offres/{offer.slug}/"))
        assert "Nouveau résumé" in public
        assert sorted(s.seats for s in offer.sessions.all()) == [6, 12]
        assert offer.sessions.filter(pk=session.pk).exists()  # same session: its sign-ups stay attached

    def test_sent_back_offer_can_be_corrected_and_resubmitted(self, client, approved_account, offer_index, moderator):
        offer = create_offer(client, approved_account)
        mail.outbox.clear()
        reject(offer, moderator, comment="Précisez l'âge minimum, merci.")
        assert offer.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
        message = next(message for message in mail.outbox if message.to == [approved_account.email])
        assert "à modifier" in message.subject and "Précisez l'âge minimum" in message.body
        client.force_login(approved_account.user)
        detail = text_of(client.get(f"/espace-entreprise/offres/{offer.pk}/"))
        assert "À modifier" in detail and "Précisez l'âge minimum" in detail

        response = client.post(
            f"/espace-entreprise/offres/{offer.pk}/modifier/",
            offer_post_data(title="Une matinée au quai", summary="Dès 14 ans : suis une commande."),
        )
        assert response.status_code == 302
        offer.refresh_from_db()
        assert offer.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
        assert offer.summary == "Dès 14 ans : suis une commande."  # a draft's row follows the draft
        approve(offer, moderator)
        assert offer.live

    def test_offer_form_errors_keep_the_input(self, client, approved_account, offer_index):
        client.force_login(approved_account.user)
        data = offer_post_data(
            sessions=[{"date": in_days(-3), "start_time": "14:00", "end_time": "10:00", "seats": "5"}],
            summary="",
        )
        response = client.post(CREATE_URL, data)
        assert response.status_code == 400
        page_text = text_of(response)
        assert "Le formulaire n'est pas encore complet" in page_text
        assert "Cette date est passée" in page_text
        assert "L'heure de fin doit être après l'heure de début" in page_text
        html = response.content.decode()
        assert 'value="Une matinée au quai"' in html
        assert 'href="#id_sessions-0-date"' in html and 'href="#id_summary"' in html
        assert not OfferPage.objects.exists()

    def test_at_least_one_date(self, client, approved_account, offer_index):
        client.force_login(approved_account.user)
        data = offer_post_data(sessions=[{"date": "", "start_time": "", "end_time": "", "seats": "10"}])
        response = client.post(CREATE_URL, data)
        assert "Ajoutez au moins une date" in text_of(response)

    def test_published_dates_cannot_be_deleted_nor_shrunk_below_the_signed_up(
        self, client, approved_account, offer_index, moderator
    ):
        offer = create_offer(client, approved_account)
        approve(offer, moderator)
        session = offer.sessions.get()
        for _ in range(3):
            SignUpFactory(slot=session)
        base = {"id": str(session.pk), "date": session.date.isoformat(), "start_time": "09:00", "end_time": "12:00"}
        client.force_login(approved_account.user)
        url = f"/espace-entreprise/offres/{offer.pk}/modifier/"
        response = client.post(url, offer_post_data(sessions=[{**base, "seats": "2"}], initial_forms=1))
        assert "gardez au moins 3 places" in text_of(response)
        response = client.post(
            url,
            offer_post_data(
                sessions=[
                    {**base, "seats": "8", "DELETE": "on"},
                    {"date": in_days(30), "start_time": "09:00", "end_time": "11:00", "seats": "5"},
                ],
                initial_forms=1,
            ),
        )
        assert "annulez-la depuis la page de l'offre" in text_of(response)
        offer.refresh_from_db()
        assert not offer.has_unpublished_changes

    def test_another_sessions_id_in_the_form_is_not_taken_over(
        self, client, approved_account, other_account, offer_index, moderator, offer
    ):
        foreign = OfferSessionFactory(page=offer, seats=4)
        mine = create_offer(client, approved_account)
        data = offer_post_data(
            sessions=[
                {"id": str(foreign.pk), "date": in_days(9), "start_time": "09:00", "end_time": "12:00", "seats": "3"}
            ],
            initial_forms=1,
        )
        client.post(f"/espace-entreprise/offres/{mine.pk}/modifier/", data)
        foreign.refresh_from_db()
        assert foreign.page_id == offer.pk and foreign.seats == 4


def BeautifulSoupCaptions(response):
    from bs4 import BeautifulSoup

    return BeautifulSoup(response.content, "html.parser").find_all("caption")


@pytest.mark.django_db
def test_demo_company_account(home_page):
    from opportunities.company_space import demo as demo_company
    from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory

    partners = PartnerIndexPageFactory(parent=home_page)
    PartnerPageFactory(parent=partners, title="Sud Logistique", slug="entreprise-sud-logistique", kind="company")
    lines = []
    demo_company.load(lines.append)
    demo_company.load(lines.append)
    offer = OfferPage.objects.get()
    assert not offer.live and offer.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert offer.owner.company_account.is_approved
    assert not offer.owner.is_staff
    assert lines == []  # passwords are only printed in development (SHOW_DEMO_PASSWORDS)


@pytest.mark.django_db
@pytest.mark.usefixtures("admin_templates")
def test_a_moderator_approves_from_the_wagtail_admin(client, approved_account, offer_index, moderator):
    offer = create_offer(client, approved_account)
    task_state = offer.current_workflow_state.current_task_state
    client.force_login(moderator)
    assert client.get(f"/admin/pages/{offer.pk}/edit/").status_code == 200
    response = client.post(f"/admin/pages/workflow/action/{offer.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert response.status_code in (200, 302)
    offer.refresh_from_db()
    assert offer.live
    client.logout()
    assert client.get(f"/offres/{offer.slug}/").status_code == 200


@pytest.mark.django_db
def test_a_company_sets_a_week_long_stage_from_its_space(client, approved_account, offer_index, moderator):
    monday = timezone.localdate() + datetime.timedelta(days=14 - timezone.localdate().weekday())
    friday = monday + datetime.timedelta(days=4)
    week = {"date": monday.isoformat(), "end_date": friday.isoformat(), "start_time": "09:00", "end_time": "16:00"}
    client.force_login(approved_account.user)
    backwards = client.post(CREATE_URL, offer_post_data(sessions=[{**week, "end_date": in_days(1), "seats": "2"}]))
    assert "Le dernier jour doit être le premier jour ou après." in text_of(backwards)
    assert f'value="{monday.isoformat()}"' in backwards.content.decode()  # nothing typed is lost
    offer = create_offer(client, approved_account, offer_type="stage_3e", sessions=[{**week, "seats": "2"}])
    approve(offer, moderator)
    session = offer.sessions.get()
    assert (session.date, session.end_date) == (monday, friday)
    assert "au vendredi" in text_of(client.get(f"/offres/{offer.slug}/"))
