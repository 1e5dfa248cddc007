"""Staff see every sign-up in the admin, read only; nobody else does."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from opportunities.models import SignUp
from opportunities.offers.factories import OfferSessionFactory
from opportunities.signups import booking
from portal.groups import EDITORS, MODERATORS
from tests.opportunities.conftest import signup_data

pytestmark = pytest.mark.django_db

LIST_URL = "/admin/snippets/opportunities/signup/"


def staff_user(username, group):
    user = get_user_model().objects.create_user(username, password="mot-de-passe-test", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def signed_up(session):
    signup = booking.book(
        session,
        signup_data(
            first_name="Inès", last_name="Martin", age=14, is_collegien=True, parent_email="p@impact-jeunes.example"
        ),
    )
    booking.answer_consent(signup, agreed=True)
    return signup


def test_moderators_see_who_signed_up_for_what(client, admin_templates, signed_up, session):
    client.force_login(staff_user("moderatrice", MODERATORS))
    response = client.get(LIST_URL)
    assert response.status_code == 200
    rows = [row.get_text(" ", strip=True) for row in BeautifulSoup(response.content, "html.parser").select("tbody tr")]
    assert len(rows) == 1
    assert "Inès Martin" in rows[0] and "Visite de la plateforme" in rows[0] and "Confirmée" in rows[0]
    assert client.get(LIST_URL, {"q": "martin"}).context["object_list"].count() == 1
    assert client.get(LIST_URL, {"q": "dupont"}).context["object_list"].count() == 0


def test_sign_ups_are_read_only_and_their_cancellation_key_hidden(client, admin_templates, signed_up):
    # Even a superuser: seats change only through the booking engine (waiting list, e-mails).
    client.force_login(get_user_model().objects.create_superuser("admin-test", password="mot-de-passe-test"))
    inspect = client.get(f"{LIST_URL}inspect/{signed_up.pk}/")
    assert inspect.status_code == 200
    details = BeautifulSoup(inspect.content, "html.parser").get_text(" ", strip=True)
    assert "Martin" in details and "Collégien ou collégienne Oui" in details
    assert signed_up.cancel_token not in inspect.content.decode()
    for url in (f"{LIST_URL}add/", f"{LIST_URL}edit/{signed_up.pk}/", f"{LIST_URL}delete/{signed_up.pk}/"):
        assert client.get(url).status_code in (302, 403), url
    assert client.post(f"{LIST_URL}delete/{signed_up.pk}/").status_code in (302, 403)
    assert SignUp.objects.filter(pk=signed_up.pk).exists()


def test_editors_do_not_see_sign_ups(client, admin_templates, signed_up):
    client.force_login(staff_user("editrice", EDITORS))
    response = client.get(LIST_URL)
    assert response.status_code in (302, 403)
    assert "Martin" not in client.get("/admin/").content.decode()


def test_list_queries_do_not_grow_with_sign_ups(client, admin_templates, offer, signed_up):
    client.force_login(staff_user("moderatrice", MODERATORS))
    client.get(LIST_URL)
    with CaptureQueriesContext(connection) as few:
        client.get(LIST_URL)
    for number in range(6):
        booking.book(OfferSessionFactory(page=offer, seats=3), signup_data(first_name=f"Jeune {number}"))
    client.get(LIST_URL)
    with CaptureQueriesContext(connection) as many:
        response = client.get(LIST_URL)
    assert response.context["object_list"].count() == 7
    assert len(many) <= len(few)
