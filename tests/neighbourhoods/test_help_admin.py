"""Requests for help in the admin: a booster sees their territory's only; follow-up, erasure, retention."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from neighbourhoods.factories import HelpRequestFactory
from neighbourhoods.help_requests import HelpRequest, HelpRequestNote

pytestmark = pytest.mark.django_db

LIST = "/admin/demandes-aide/"


def detail(help_request):
    return f"/admin/demandes-aide/{help_request.pk}/"


@pytest.fixture
def requests(territories):
    lauriers, pyat = territories
    return (
        HelpRequestFactory(territory=lauriers, first_name="Yanis", phone="0611111111"),
        HelpRequestFactory(territory=pyat, first_name="Inès", phone="0622222222"),
    )


def test_a_booster_sees_only_their_territory(client, home_page, boosters, requests, admin_templates):
    nadia = boosters[0].user
    client.force_login(nadia)
    listing = client.get(LIST).content.decode()
    assert "Yanis" in listing and "Inès" not in listing
    page = client.get(detail(requests[0]))
    assert page.status_code == 200 and "0611111111" in page.content.decode()


def test_another_territory_s_request_is_404_even_by_its_url(client, home_page, boosters, requests, admin_templates):
    client.force_login(boosters[0].user)
    other = requests[1]
    assert client.get(detail(other)).status_code == 404
    assert client.post(detail(other), {"action": "status", "status": "close"}).status_code == 404
    assert client.post(detail(other), {"action": "note", "text": "vu"}).status_code == 404
    assert client.post(detail(other), {"action": "erase"}).status_code == 404
    other.refresh_from_db()
    assert other.status == HelpRequest.Status.NEW and other.first_name == "Inès"
    assert not HelpRequestNote.objects.exists()


def test_a_booster_without_an_active_booster_card_sees_nothing(client, home_page, boosters, requests, admin_templates):
    boosters[0].is_active = False
    boosters[0].save()
    client.force_login(boosters[0].user)
    assert "Yanis" not in client.get(LIST).content.decode()
    assert client.get(detail(requests[0])).status_code == 404


def test_communication_never_sees_requests(client, home_page, communication, requests, admin_templates):
    client.force_login(communication)
    for url in (LIST, detail(requests[0])):
        response = client.get(url)  # the admin turns "permission denied" into a redirect home, with a message
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.post(detail(requests[0]), {"action": "erase"}).status_code == 302
    requests[0].refresh_from_db()
    assert requests[0].first_name == "Yanis"
    assert "Demandes d'aide" not in client.get("/admin/").content.decode()


def test_moderators_see_every_territory(client, home_page, moderator, requests, admin_templates):
    client.force_login(moderator)
    listing = client.get(LIST).content.decode()
    assert "Yanis" in listing and "Inès" in listing
    assert client.get(detail(requests[1])).status_code == 200


def test_follow_up_status_and_dated_notes(client, home_page, boosters, requests, admin_templates):
    client.force_login(boosters[0].user)
    help_request = requests[0]
    response = client.post(detail(help_request), {"action": "status", "status": "orientee", "oriented_to": ""})
    assert response.status_code == 400 and "Indiquez vers quelle structure" in response.content.decode()
    client.post(detail(help_request), {"action": "status", "status": "orientee", "oriented_to": "Mission locale"})
    client.post(detail(help_request), {"action": "note", "text": "Rendez-vous pris jeudi."})
    help_request.refresh_from_db()
    assert help_request.status == HelpRequest.Status.ORIENTED and help_request.oriented_to == "Mission locale"
    assert help_request.pathway_started_at is not None
    note = help_request.notes.get()
    assert note.author == boosters[0].user and note.created_at is not None
    page = client.get(detail(help_request)).content.decode()
    assert "Rendez-vous pris jeudi." in page
    # Closing keeps the young person counted as "en parcours".
    client.post(detail(help_request), {"action": "status", "status": "close", "oriented_to": ""})
    assert HelpRequest.objects.in_pathway().get() == help_request


def test_a_request_waiting_for_a_parent_stays_hidden_from_the_booster(
    client, home_page, boosters, territories, moderator, admin_templates
):
    waiting = HelpRequestFactory(
        territory=territories[0], first_name="Lina", age=14, status=HelpRequest.Status.AWAITING_PARENT
    )
    client.force_login(boosters[0].user)
    assert "Lina" not in client.get(LIST).content.decode()
    assert client.get(detail(waiting)).status_code == 404
    client.post(detail(waiting), {"action": "status", "status": "contactee"})
    waiting.refresh_from_db()
    assert waiting.status == HelpRequest.Status.AWAITING_PARENT
    # A moderator sees it, but cannot mark it contacted either.
    client.force_login(moderator)
    assert "ne pas contacter ce jeune" in client.get(detail(waiting)).content.decode()
    client.post(detail(waiting), {"action": "status", "status": "contactee"})
    waiting.refresh_from_db()
    assert waiting.status == HelpRequest.Status.AWAITING_PARENT


def test_erasure_on_request_keeps_an_anonymous_trace(client, home_page, boosters, requests, admin_templates):
    client.force_login(boosters[0].user)
    help_request = requests[0]
    client.post(detail(help_request), {"action": "note", "text": "Appelé Yanis au 06 11 11 11 11."})
    client.post(detail(help_request), {"action": "erase"})
    help_request.refresh_from_db()
    assert help_request.first_name == help_request.phone == help_request.message == ""
    assert help_request.contact_erased_at is not None and not help_request.notes.exists()
    assert help_request.territory_id and help_request.age == 19
    assert "0611111111" not in client.get(detail(help_request)).content.decode()


def test_retention_erases_old_requests_only(territories):
    old = timezone.now() - datetime.timedelta(days=400)
    closed_long_ago = HelpRequestFactory(territory=territories[0], status="close", closed_at=old, created_at=old)
    never_answered = HelpRequestFactory(territory=territories[0], status="attente-parent", created_at=old)
    recent = HelpRequestFactory(territory=territories[0], status="close", closed_at=timezone.now(), created_at=old)
    call_command("purge_help_requests")
    for help_request in (closed_long_ago, never_answered, recent):
        help_request.refresh_from_db()
    assert closed_long_ago.first_name == "" and never_answered.first_name == ""
    assert recent.first_name != "" and recent.contact_erased_at is None
