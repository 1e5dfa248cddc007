"""Moderators approve company accounts in the Wagtail admin ("Comptes entreprises")."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from opportunities.models import CompanyAccount
from partners_directory.models import PartnerPage
from portal.groups import EDITORS
from tests.opportunities.company_space.helpers import PASSWORD, make_account

LIST_URL = "/admin/snippets/opportunities/companyaccount/"


def edit_url(account):
    return f"{LIST_URL}edit/{account.pk}/"


def review_post(account, **overrides):
    data = {
        "status": "approved",
        "company": "",
        "company_name": account.company_name,
        "siret": account.siret,
        "contact_name": account.contact_name,
        "phone": account.phone,
    }
    data.update(overrides)
    return data


@pytest.fixture
def waiting_account(company):
    return make_account("nouvelle@entreprise.example", None, status="pending")


@pytest.mark.django_db
@pytest.mark.usefixtures("admin_templates")
class TestReview:
    def test_moderators_see_the_accounts(self, client, moderator, waiting_account):
        client.force_login(moderator)
        response = client.get(LIST_URL)
        assert response.status_code == 200
        assert "Entreprise en attente" in response.content.decode()
        assert "Comptes entreprises" in client.get("/admin/").content.decode()

    def test_editors_do_not(self, client, waiting_account):
        editor = get_user_model().objects.create_user("editeur", password=PASSWORD, is_staff=True)
        editor.groups.add(Group.objects.get(name=EDITORS))
        client.force_login(editor)
        response = client.get(LIST_URL)
        assert response.status_code in (302, 403)
        assert "Entreprise en attente" not in response.content.decode()

    def test_approve_with_an_existing_company_page(self, client, moderator, waiting_account, company):
        client.force_login(moderator)
        response = client.post(edit_url(waiting_account), review_post(waiting_account, company=company.pk))
        assert response.status_code == 302
        waiting_account.refresh_from_db()
        assert waiting_account.is_approved and waiting_account.company == company
        assert waiting_account.reviewed_at is not None
        assert mail.outbox[-1].to == ["nouvelle@entreprise.example"]
        assert "est validé" in mail.outbox[-1].subject
        assert not waiting_account.user.is_staff

    def test_approve_by_creating_a_draft_company_page(self, client, moderator, waiting_account, company):
        client.force_login(moderator)
        response = client.post(edit_url(waiting_account), review_post(waiting_account, create_partner_page="on"))
        assert response.status_code == 302
        waiting_account.refresh_from_db()
        page = waiting_account.company
        assert page.kind == "company" and page.title == "Entreprise en attente"
        assert not page.live and page.email == "nouvelle@entreprise.example"
        assert page.get_parent().pk == company.get_parent().pk

    def test_approval_needs_a_company_page(self, client, moderator, waiting_account):
        client.force_login(moderator)
        response = client.post(edit_url(waiting_account), review_post(waiting_account))
        assert response.status_code == 200
        assert "choisissez sa fiche entreprise" in response.content.decode()
        waiting_account.refresh_from_db()
        assert waiting_account.status == "pending"
        assert mail.outbox == []

    def test_only_company_pages_can_be_chosen(self, client, moderator, waiting_account, company):
        from partners_directory.factories import PartnerPageFactory

        association = PartnerPageFactory(parent=company.get_parent(), title="Asso", kind="association")
        client.force_login(moderator)
        response = client.post(edit_url(waiting_account), review_post(waiting_account, company=association.pk))
        assert response.status_code == 200
        waiting_account.refresh_from_db()
        assert waiting_account.company is None

    def test_refuse(self, client, moderator, waiting_account):
        client.force_login(moderator)
        client.post(edit_url(waiting_account), review_post(waiting_account, status="refused"))
        waiting_account.refresh_from_db()
        assert waiting_account.is_refused
        assert "n'a pas été validé" in mail.outbox[-1].subject
        client.force_login(waiting_account.user)
        assert "n'a pas été validé" in client.get("/espace-entreprise/en-attente/").content.decode().replace(
            "&#x27;", "'"
        )
        assert CompanyAccount.objects.count() == 1
        assert PartnerPage.objects.filter(kind="company").count() == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("admin_templates")
def test_accounts_are_never_added_in_the_admin(client):
    admin = get_user_model().objects.create_superuser("admin", "admin@impact-jeunes.example", PASSWORD)
    client.force_login(admin)
    assert client.get(LIST_URL).status_code == 200
    assert client.get(f"{LIST_URL}add/").status_code in (302, 403)
