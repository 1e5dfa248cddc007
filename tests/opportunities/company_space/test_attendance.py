"""After the date, the company and the moderators mark who came, in one screen; counts follow."""

import datetime

import pytest
from django.utils import timezone

from opportunities.models import SignUp
from opportunities.offers.factories import OfferSessionFactory
from opportunities.signups import counting
from opportunities.signups.factories import SignUpFactory
from tests.opportunities.company_space.helpers import text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def past_session(offer, approved_account):
    return OfferSessionFactory(page=offer, date=timezone.localdate() - datetime.timedelta(days=1), seats=5)


@pytest.fixture
def people(past_session):
    return [
        SignUpFactory(slot=past_session, first_name="Ana", is_collegien=True, age=14, consent="given"),
        SignUpFactory(slot=past_session, first_name="Bilal", is_collegien=True, age=14, consent="given"),
        SignUpFactory(slot=past_session, first_name="Caché", is_collegien=True, age=14),  # parent never agreed
    ]


def attendance_url(session):
    return f"/espace-entreprise/dates/{session.pk}/presences/"


def test_the_company_marks_presence_in_one_screen_and_counts_follow(client, approved_account, past_session, people):
    ana, bilal, hidden = people
    assert counting.collegiens() == 3 - 1 + 1  # before marking: the seats (the hidden one holds a confirmed row)
    client.force_login(approved_account.user)
    page = text_of(client.get(attendance_url(past_session)))
    assert "Ana" in page and "Bilal" in page and "Caché" not in page
    response = client.post(
        attendance_url(past_session), {f"presence-{ana.pk}": "present", f"presence-{bilal.pk}": "absent"}
    )
    assert response.status_code == 302
    ana.refresh_from_db()
    bilal.refresh_from_db()
    assert (ana.attendance, bilal.attendance) == ("present", "absent") and ana.attendance_marked_at
    assert counting.people(counting.attended()) == 1
    assert counting.collegiens() == 2  # Bilal, marked absent, no longer counts
    # A field for a sign-up the company cannot see is ignored.
    client.post(attendance_url(past_session), {f"presence-{hidden.pk}": "present"})
    hidden.refresh_from_db()
    assert hidden.attendance == ""


def test_presence_is_not_marked_before_the_date(client, approved_account, offer, people):
    future = OfferSessionFactory(page=offer, seats=5)
    person = SignUpFactory(slot=future, first_name="Dan")
    client.force_login(approved_account.user)
    assert "une fois la date commencée" in text_of(client.get(attendance_url(future)))
    client.post(attendance_url(future), {f"presence-{person.pk}": "present"})
    person.refresh_from_db()
    assert person.attendance == ""


def test_another_company_cannot_mark(client, other_account, past_session, people):
    client.force_login(other_account.user)
    assert client.get(attendance_url(past_session)).status_code == 404
    assert client.post(attendance_url(past_session), {f"presence-{people[0].pk}": "absent"}).status_code == 404
    assert SignUp.objects.get(pk=people[0].pk).attendance == ""


def test_moderators_mark_presence_in_the_admin(client, admin_templates, moderator, past_session, people):
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(past_session)
    url = f"/admin/inscriptions/presences/{content_type.pk}/{past_session.pk}/"
    client.force_login(moderator)
    assert "Ana" in text_of(client.get(url))
    client.post(url, {f"presence-{people[0].pk}": "absent"})
    assert SignUp.objects.get(pk=people[0].pk).attendance == "absent"
    listing = client.get("/admin/snippets/opportunities/signup/").content.decode()
    assert url in listing


def test_an_editor_or_a_company_cannot_use_the_admin_screen(client, approved_account, past_session, people):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType

    from portal.groups import EDITORS

    url = f"/admin/inscriptions/presences/{ContentType.objects.get_for_model(past_session).pk}/{past_session.pk}/"
    editor = get_user_model().objects.create_user("editeur", password="mot-de-passe-test", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    for user in (editor, approved_account.user):
        client.force_login(user)
        assert client.post(url, {f"presence-{people[0].pk}": "absent"}).status_code in (302, 403)
    assert SignUp.objects.get(pk=people[0].pk).attendance == ""
