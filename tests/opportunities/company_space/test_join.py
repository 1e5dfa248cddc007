"""/entreprises/: a company asks to join, is approved by a moderator, posts its first offer; colleagues join."""

import re

import pytest
from django.core import mail

from opportunities.company_space import invitations
from opportunities.models import CompanyAccount, OfferPage
from tests.opportunities.company_space.helpers import PASSWORD, approve, offer_post_data, text_of

pytestmark = pytest.mark.django_db

URL = "/entreprises/"
VALID_SIRET = "732 829 320 00074"  # a valid Luhn key


def join_data(**changes):
    data = {
        "company_name": "Boulangerie du Port",
        "siret": VALID_SIRET,
        "offered_formats": ["visite", "parrainage"],
        "offer_message": "Deux apprentis par an, visites le mercredi.",
        "contact_name": "Claire Martin",
        "email": "claire@boulangerie-port.example",
        "phone": "04 91 12 34 56",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "site_web": "",
    }
    data.update(changes)
    return data


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0).split("testserver", 1)[-1]


def test_the_page_explains_the_formats_and_the_figures(client, home_page):
    text = text_of(client.get(URL))
    for name in ("Stage d'observation de 3e", "Visite d'entreprise", "Masterclass", "Job dating", "Parrainage"):
        assert name in text
    assert "Alternance" in text and "entreprises engagées" in text


def test_a_wrong_siret_is_refused_in_french_and_the_input_kept(client, home_page):
    response = client.post(URL, join_data(siret="732 829 320 00075"))
    assert response.status_code == 400
    text = text_of(response)
    assert "Ce numéro SIRET n'existe pas" in text
    assert 'value="Boulangerie du Port"' in response.content.decode()
    assert not CompanyAccount.objects.exists()
    assert "Indiquez le SIRET" in text_of(client.post(URL, join_data(siret="")))


def test_request_approval_then_first_offer(client, home_page, company, offer_index, moderator, admin_templates):
    response = client.post(URL, join_data())
    assert response.status_code == 302
    account = CompanyAccount.objects.get()
    assert account.status == "pending" and account.siret == "73282932000074"
    assert account.offered_formats == ["visite", "parrainage"]
    draft = account.company
    assert draft.title == "Boulangerie du Port" and not draft.live and draft.kind == "company"
    # The address is confirmed, then the moderators are told.
    client.get(link_in(mail.outbox[-1]))
    assert any(moderator.email in message.to for message in mail.outbox)
    # The pending company cannot post yet.
    client.force_login(account.user)
    assert client.get("/espace-entreprise/offres/nouvelle/")["Location"] == "/espace-entreprise/en-attente/"

    client.force_login(moderator)
    edit = f"/admin/snippets/opportunities/companyaccount/edit/{account.pk}/"
    assert "Deux apprentis par an" in client.get(edit).content.decode()
    post = {
        "status": "approved",
        "company": str(draft.pk),
        "company_name": account.company_name,
        "siret": account.siret,
        "contact_name": account.contact_name,
        "phone": account.phone,
    }
    assert client.post(edit, post).status_code == 302
    account.refresh_from_db()
    assert account.is_approved
    assert any(message.to == [account.email] and "valid" in message.body.lower() for message in mail.outbox)

    client.force_login(account.user)
    response = client.post("/espace-entreprise/offres/nouvelle/", offer_post_data(title="Un matin au fournil"))
    assert response.status_code == 302
    offer = OfferPage.objects.get(title="Un matin au fournil")
    assert offer.company == draft
    approve(offer, moderator)
    assert offer.live


def test_an_approved_company_invites_a_colleague(client, approved_account, offer_index):
    client.force_login(approved_account.user)
    response = client.post("/espace-entreprise/collegues/", {"email": "Yann@Sud-Logistique.example", "site_web": ""})
    assert response.status_code == 302
    invitation = mail.outbox[-1]
    assert invitation.to == ["yann@sud-logistique.example"]
    link = link_in(invitation)
    client.logout()

    page = client.get(link)
    assert page.status_code == 200 and "yann@sud-logistique.example" in text_of(page)
    response = client.post(
        link, {"contact_name": "Yann Colin", "phone": "", "password1": PASSWORD, "password2": PASSWORD, "site_web": ""}
    )
    assert response.status_code == 302
    colleague = CompanyAccount.objects.get(user__email="yann@sud-logistique.example")
    assert colleague.is_approved and colleague.company == approved_account.company
    assert colleague.invited_by == approved_account.user and not colleague.user.is_staff
    login = {"username": "yann@sud-logistique.example", "password": PASSWORD}
    assert client.post("/espace-entreprise/connexion/", login)["Location"] == "/espace-entreprise/"
    assert client.get("/espace-entreprise/").status_code == 200
    client.logout()
    # The link works once: the address now has an account.
    assert "déjà un compte" in text_of(client.get(link))


def test_a_forged_or_pending_invitation_creates_nothing(client, approved_account, pending_account):
    assert client.get("/espace-entreprise/invitation/pas-un-jeton/").status_code == 400
    token = invitations.make_token(pending_account, "intrus@example.org")
    response = client.post(
        f"/espace-entreprise/invitation/{token}/",
        {"contact_name": "Intrus", "phone": "", "password1": PASSWORD, "password2": PASSWORD, "site_web": ""},
    )
    assert response.status_code == 400
    assert not CompanyAccount.objects.filter(user__email="intrus@example.org").exists()


def test_a_pending_account_cannot_invite(client, pending_account):
    client.force_login(pending_account.user)
    client.post("/espace-entreprise/collegues/", {"email": "autre@example.org", "site_web": ""})
    assert not mail.outbox


def test_company_links_in_the_footer(client, home_page):
    text = client.get("/").content.decode()
    assert 'href="/entreprises/"' in text and 'href="/espace-entreprise/"' in text
