"""Company accounts: sign-up with a checked SIRET, e-mail verification, log-in, password reset, waiting page."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from opportunities.company_space.siret import luhn_valid, validate_siret
from opportunities.models import CompanyAccount
from tests.opportunities.company_space.helpers import PASSWORD, make_account, offer_post_data, text_of

SIGNUP_URL = "/espace-entreprise/inscription/"


def with_luhn_key(first_13):
    return next(first_13 + str(key) for key in range(10) if luhn_valid(first_13 + str(key)))


def signup_post(**overrides):
    data = {
        "company_name": "Saveurs de Tarascon",
        "siret": "",
        "contact_name": "Karim Exemple",
        "email": "Karim@Saveurs.example",
        "phone": "04 90 00 00 00",
        "password1": "confiture-de-figues-13",
        "password2": "confiture-de-figues-13",
    }
    data.update(overrides)
    return data


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


class TestSiret:
    def test_valid_with_spaces(self):
        siret = with_luhn_key("4321098765432")
        validate_siret(f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}")

    @pytest.mark.parametrize("value", ["1234", "1234567890123a", "123456789012345"])
    def test_not_14_digits(self, value):
        with pytest.raises(Exception, match="14 chiffres"):
            validate_siret(value)

    def test_wrong_key(self):
        siret = with_luhn_key("4321098765432")
        wrong = siret[:-1] + str((int(siret[-1]) + 1) % 10)
        with pytest.raises(Exception, match="mal recopié"):
            validate_siret(wrong)

    def test_la_poste_uses_digit_sum(self):
        validate_siret("35600000049837")  # digits sum to 50: valid for La Poste, not by Luhn
        assert not luhn_valid("35600000049837")


@pytest.mark.django_db
class TestSignup:
    def test_signup_creates_a_pending_account_never_staff_and_sends_a_link(self, client, home_page, moderator):
        response = client.post(SIGNUP_URL, signup_post(siret=with_luhn_key("4321098765432")))
        assert response.status_code == 302
        account = CompanyAccount.objects.get()
        assert account.user.email == "karim@saveurs.example"
        assert account.user.username == "karim@saveurs.example"
        assert not account.user.is_staff and not account.user.is_superuser
        assert account.status == "pending" and account.email_verified_at is None
        assert len(mail.outbox) == 1 and mail.outbox[0].to == ["karim@saveurs.example"]

        # The link verifies the address and only then tells the moderators.
        response = client.get(link_in(mail.outbox[0]))
        assert response.status_code == 200
        assert "votre adresse est confirmée" in text_of(response)
        account.refresh_from_db()
        assert account.email_verified_at is not None
        to_moderators = [message for message in mail.outbox if message.to == [moderator.email]]
        assert len(to_moderators) == 1
        assert "Saveurs de Tarascon" in to_moderators[0].subject
        assert f"/admin/snippets/opportunities/companyaccount/edit/{account.pk}/" in to_moderators[0].body

        client.get(link_in(mail.outbox[0]))
        assert len(mail.outbox) == 2  # a second click tells nobody again

    def test_a_tampered_link_is_refused(self, client, home_page):
        client.post(SIGNUP_URL, signup_post())
        response = client.get(link_in(mail.outbox[0])[:-3] + "abc/")
        assert response.status_code == 400
        assert CompanyAccount.objects.get().email_verified_at is None

    def test_errors_are_french_and_keep_what_was_typed(self, client, home_page):
        siret = with_luhn_key("4321098765432")
        bad_siret = siret[:-1] + str((int(siret[-1]) + 1) % 10)
        response = client.post(SIGNUP_URL, signup_post(siret=bad_siret, password1="1234", password2="1234"))
        assert response.status_code == 200
        html = response.content.decode()
        assert "Ce numéro SIRET n'existe pas" in text_of(response)
        assert "Ce mot de passe est trop court" in text_of(response)
        assert 'value="Saveurs de Tarascon"' in html and 'value="Karim Exemple"' in html
        assert f'value="{bad_siret}"' in html
        assert 'href="#id_siret"' in html  # the summary links to the field
        assert 'value="1234"' not in html  # passwords are never sent back
        assert not CompanyAccount.objects.exists()

    def test_passwords_must_match(self, client, home_page):
        response = client.post(SIGNUP_URL, signup_post(password2="autre-chose-de-long"))
        assert "ne sont pas identiques" in text_of(response)

    def test_an_address_already_used_gets_the_same_answer_and_its_owner_an_email(
        self, client, home_page, approved_account
    ):
        new = client.post(SIGNUP_URL, signup_post(email="nouvelle@exemple.example"), follow=True)
        taken = Client().post(SIGNUP_URL, signup_post(email="RH@sud-logistique.example"), follow=True)
        assert taken.status_code == new.status_code == 200
        assert taken.redirect_chain == [("/espace-entreprise/inscription/envoyee/", 302)] == new.redirect_chain
        assert "existe" not in text_of(taken)
        assert text_of(taken).replace("rh@sud-logistique.example", "X") == text_of(new).replace(
            "nouvelle@exemple.example", "X"
        )
        assert CompanyAccount.objects.count() == 2  # the new one, and the existing one untouched
        notice = next(message for message in mail.outbox if message.to == ["rh@sud-logistique.example"])
        assert "déjà un compte" in notice.subject
        assert "/espace-entreprise/mot-de-passe/" in notice.body

    def test_honeypot(self, client, home_page):
        response = client.post(SIGNUP_URL, signup_post(site_web="http://spam.example"))
        assert response.status_code == 200
        assert "robot" in text_of(response)
        assert not CompanyAccount.objects.exists()

    def test_rate_limit_keeps_the_input(self, client, home_page, settings):
        for number in range(5):
            client.post(SIGNUP_URL, signup_post(email=f"personne{number}@exemple.example", company_name=""))
        response = client.post(SIGNUP_URL, signup_post())
        assert response.status_code == 429
        assert 'value="Saveurs de Tarascon"' in response.content.decode()
        assert not CompanyAccount.objects.exists()


@pytest.mark.django_db
class TestLogin:
    def test_company_logs_in_with_its_email(self, client, approved_account):
        response = client.post(
            "/espace-entreprise/connexion/", {"username": "RH@Sud-Logistique.example", "password": PASSWORD}
        )
        assert response.status_code == 302 and response["Location"] == "/espace-entreprise/"
        assert client.get("/espace-entreprise/").status_code == 200

    def test_wrong_password_keeps_the_email(self, client, approved_account):
        response = client.post(
            "/espace-entreprise/connexion/", {"username": "rh@sud-logistique.example", "password": "faux"}
        )
        assert "Adresse e-mail ou mot de passe incorrect" in text_of(response)
        assert 'value="rh@sud-logistique.example"' in response.content.decode()

    def test_staff_cannot_log_in_here_and_a_right_password_looks_like_a_wrong_one(self, client, moderator):
        right = client.post("/espace-entreprise/connexion/", {"username": "moderatrice", "password": PASSWORD})
        assert "_auth_user_id" not in client.session
        wrong = client.post("/espace-entreprise/connexion/", {"username": "moderatrice", "password": "faux-faux"})
        assert right.status_code == wrong.status_code == 200
        assert text_of(right) == text_of(wrong)
        assert "Adresse e-mail ou mot de passe incorrect" in text_of(right)

    def test_logout(self, client, approved_account):
        client.force_login(approved_account.user)
        response = client.post("/espace-entreprise/deconnexion/")
        assert response.status_code == 302
        assert client.get("/espace-entreprise/").status_code == 302

    def test_company_users_never_enter_the_wagtail_admin(self, client, approved_account):
        client.force_login(approved_account.user)
        response = client.get("/admin/")
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response["Location"].startswith("/admin/login/")
        assert client.get("/admin/pages/").status_code in (302, 403)
        approved_account.user.refresh_from_db()
        assert not approved_account.user.is_staff


@pytest.mark.django_db
class TestPasswordReset:
    def test_reset_by_email_link(self, client, approved_account):
        response = client.post("/espace-entreprise/mot-de-passe/", {"email": "rh@sud-logistique.example"})
        assert response.status_code == 302
        assert len(mail.outbox) == 1
        assert mail.outbox[0].subject == "Impact Jeunes : choisir un nouveau mot de passe"
        link = link_in(mail.outbox[0])
        assert "/espace-entreprise/mot-de-passe/" in link
        response = client.get(link, follow=True)
        form_url = response.redirect_chain[-1][0]
        response = client.post(
            form_url, {"new_password1": "un-tout-nouveau-secret-42", "new_password2": "un-tout-nouveau-secret-42"}
        )
        assert response.status_code == 302
        approved_account.user.refresh_from_db()
        assert approved_account.user.check_password("un-tout-nouveau-secret-42")

    def test_staff_addresses_get_nothing_here(self, client, moderator):
        response = client.post("/espace-entreprise/mot-de-passe/", {"email": moderator.email})
        assert response.status_code == 302  # same answer: no way to probe addresses
        assert mail.outbox == []


@pytest.mark.django_db
class TestPendingAccount:
    def test_anonymous_is_sent_to_log_in(self, client, home_page):
        response = client.get("/espace-entreprise/offres/nouvelle/")
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("company_space:login") + "?next=")

    def test_pending_account_sees_the_waiting_page_and_cannot_create_offers(
        self, client, pending_account, offer_index
    ):
        client.force_login(pending_account.user)
        response = client.get("/espace-entreprise/", follow=True)
        assert "en attente de validation" in text_of(response)
        response = client.get("/espace-entreprise/offres/nouvelle/")
        assert response["Location"] == reverse("company_space:pending")
        response = client.post("/espace-entreprise/offres/nouvelle/", offer_post_data())
        assert response.status_code == 302
        from opportunities.models import OfferPage

        assert not OfferPage.objects.exists()

    def test_unverified_account_can_ask_for_a_new_link(self, client, home_page):
        account = make_account("pas-verifie@exemple.example", None, status="pending", verified=False)
        client.force_login(account.user)
        response = client.get("/espace-entreprise/en-attente/")
        assert "Confirmez d'abord votre adresse" in text_of(response)
        client.post("/espace-entreprise/confirmer-a-nouveau/")
        assert mail.outbox[-1].to == ["pas-verifie@exemple.example"]

    def test_staff_user_gets_403(self, client, moderator):
        client.force_login(moderator)
        assert client.get("/espace-entreprise/").status_code == 403


def test_signup_page_is_accessible(client, home_page):
    html = client.get(SIGNUP_URL).content.decode()
    for field in ("company_name", "siret", "contact_name", "email", "phone", "password1", "password2"):
        assert f'<label for="id_{field}">' in html
    assert 'autocomplete="new-password"' in html
    assert get_user_model().objects.count() == 0
