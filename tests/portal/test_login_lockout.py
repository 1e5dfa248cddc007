"""django-axes on both log-in forms: five wrong passwords lock the account out for this address,
even if the right password comes next; the answer is a French page, never a 500."""

from html import unescape

import pytest
from django.contrib.auth import get_user_model

from opportunities.models import CompanyAccount

pytestmark = pytest.mark.django_db

PASSWORD = "un-mot-de-passe-long-2026"


@pytest.fixture
def staff_user(db):
    return get_user_model().objects.create_user("editrice", "editrice@impact-jeunes.example", PASSWORD, is_staff=True)


@pytest.fixture
def company_user(home_page):
    user = get_user_model().objects.create_user("rh@exemple.example", "rh@exemple.example", PASSWORD)
    CompanyAccount.objects.create(user=user, company_name="Exemple", contact_name="RH", status="approved")
    return user


def text(response):
    return unescape(response.content.decode())


@pytest.mark.ignore_template_errors  # Wagtail's admin login template
def test_admin_login_locks_out_after_five_wrong_passwords(client, staff_user, admin_templates):
    for _ in range(5):
        response = client.post("/admin/login/", {"username": "editrice", "password": "pas-le-bon"})
        assert response.status_code in (200, 429)
    response = client.post("/admin/login/", {"username": "editrice", "password": PASSWORD})
    assert response.status_code == 429
    assert "Connexion bloquée" in text(response) and "15 minutes" in text(response)
    assert "_auth_user_id" not in client.session


@pytest.mark.ignore_template_errors
def test_admin_login_works_before_the_limit(client, staff_user, admin_templates):
    for _ in range(3):
        client.post("/admin/login/", {"username": "editrice", "password": "pas-le-bon"})
    response = client.post("/admin/login/", {"username": "editrice", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff_user.pk)


def test_company_login_locks_out_after_five_wrong_passwords(client, company_user, settings):
    settings.RATE_LIMITS_ENABLED = False  # the per-address limit is tested apart; here only the lock-out
    for _ in range(5):
        client.post("/espace-entreprise/connexion/", {"username": "rh@exemple.example", "password": "pas-le-bon"})
    response = client.post("/espace-entreprise/connexion/", {"username": "rh@exemple.example", "password": PASSWORD})
    assert response.status_code == 429
    assert "Connexion bloquée" in text(response)
    assert "/espace-entreprise/mot-de-passe/" in text(response)
    assert "_auth_user_id" not in client.session


def test_the_lockout_is_per_address(client, company_user, settings):
    settings.RATE_LIMITS_ENABLED = False
    for _ in range(5):
        client.post("/espace-entreprise/connexion/", {"username": "rh@exemple.example", "password": "pas-le-bon"})
    from django.test import Client

    elsewhere = Client(REMOTE_ADDR="203.0.113.50")
    response = elsewhere.post(
        "/espace-entreprise/connexion/", {"username": "rh@exemple.example", "password": PASSWORD}
    )
    assert response.status_code == 302


def test_a_staff_password_tried_on_the_company_form_counts_as_a_failure(staff_user, settings):
    """Otherwise when the lock-out comes would tell whether the password tried was right."""
    from django.test import Client

    settings.RATE_LIMITS_ENABLED = False

    def fifth_attempt(address, password):
        client = Client(REMOTE_ADDR=address)
        for _ in range(4):
            client.post("/espace-entreprise/connexion/", {"username": "editrice", "password": "pas-le-bon"})
        return client.post("/espace-entreprise/connexion/", {"username": "editrice", "password": password})

    right, wrong = fifth_attempt("203.0.113.1", PASSWORD), fifth_attempt("203.0.113.2", "encore-faux")
    assert right.status_code == wrong.status_code == 429
    assert text(right) == text(wrong)
