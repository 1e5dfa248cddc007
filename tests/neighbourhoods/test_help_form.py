"""« Besoin d'un coup de main ? » : the form, its routing to the territory's booster, minors and spam."""

import html

import pytest
from django.core import mail

from neighbourhoods.help_requests import HelpRequest
from stories.consent import wording

pytestmark = pytest.mark.django_db

URL = "/besoin-d-aide/"


def text_of(response):
    return html.unescape(response.content.decode())


def form_data(territory, **changes):
    data = {
        "first_name": "Yanis",
        "age": "19",
        "territory": str(territory.pk),
        "looking_for": "alternance",
        "channel": "sms",
        "phone": "06 12 34 56 78",
        "email": "",
        "message": "Je cherche une alternance en logistique.",
        "parent_name": "",
        "parent_email": "",
        "consent": "on",
        "site_web": "",
    }
    data.update(changes)
    return data


def test_the_form_is_short_and_in_plain_french(client, home_page, territories):
    response = client.get(URL)
    assert response.status_code == 200
    text = text_of(response)
    assert "Besoin d'un coup de main ?" in text
    for choice in ("Un emploi", "Une formation", "Une alternance", "Un stage", "Monter un projet", "Je ne sais pas"):
        assert choice in text
    assert "Par SMS" in text and wording.text(wording.HELP_CONTACT)[:40] in text


def test_a_request_reaches_the_booster_of_its_territory_only(client, home_page, territories, boosters, moderator):
    lauriers, pyat = territories
    response = client.post(URL, form_data(pyat))
    assert response.status_code == 302 and response["Location"] == "/besoin-d-aide/merci/"
    help_request = HelpRequest.objects.get()
    assert help_request.territory == pyat and help_request.status == HelpRequest.Status.NEW
    assert help_request.phone == "0612345678"
    assert help_request.consent_version == wording.current_version(wording.HELP_CONTACT)
    assert help_request.consent_given_at is not None and help_request.routed_at is not None
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["karim.booster@impact-jeunes.example"]
    assert "Félix Pyat" in message.subject
    # The contact data stay in the admin: the e-mail only links there.
    assert "0612345678" not in message.body and "06 12 34 56 78" not in message.body
    assert f"/admin/demandes-aide/{help_request.pk}/" in message.body


def test_without_a_booster_the_moderators_receive_it(client, home_page, territories, moderator):
    client.post(URL, form_data(territories[0]))
    assert [message.to for message in mail.outbox] == [["sami.moderation@impact-jeunes.example"]]


def test_an_e_mail_contact_gets_an_acknowledgement(client, home_page, territories, boosters):
    client.post(URL, form_data(territories[0], channel="email", phone="", email="yanis@mail.example"))
    recipients = sorted(tuple(message.to) for message in mail.outbox)
    assert recipients == [("nadia.booster@impact-jeunes.example",), ("yanis@mail.example",)]
    acknowledgement = next(m for m in mail.outbox if m.to == ["yanis@mail.example"])
    assert "Nadia" in acknowledgement.body and "le mardi" in acknowledgement.body


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"channel": "telephone", "phone": ""}, "phone", "écris ton numéro"),
        ({"phone": "12"}, "phone", "10 chiffres"),
        ({"channel": "email", "phone": "", "email": ""}, "email", "écris ton adresse"),
        ({"consent": ""}, "consent", "coche la case"),
        ({"age": "45"}, "age", "13–30 ans"),
        ({"looking_for": ""}, "looking_for", "Choisis ce que tu cherches"),
    ],
)
def test_bad_input_gets_a_french_message_and_keeps_what_was_typed(
    client, home_page, territories, changes, field, message
):
    response = client.post(URL, form_data(territories[0], **changes))
    assert response.status_code == 400
    text = text_of(response)
    assert message in text
    assert f'id="id_{field}_error"' in text
    assert 'value="Yanis"' in text and "une alternance en logistique" in text
    assert not HelpRequest.objects.exists() and not mail.outbox


def test_the_honeypot_stops_robots(client, home_page, territories, boosters):
    response = client.post(URL, form_data(territories[0], site_web="http://spam.example"))
    assert response.status_code == 400
    assert not HelpRequest.objects.exists()


def test_the_rate_limit_answers_429_and_keeps_the_text(client, home_page, territories, boosters, settings):
    settings.HELP_REQUEST_RATE_LIMIT = (1, 3600)
    assert client.post(URL, form_data(territories[0])).status_code == 302
    response = client.post(URL, form_data(territories[0], first_name="Inès"))
    assert response.status_code == 429
    assert 'value="Inès"' in text_of(response)
    assert HelpRequest.objects.count() == 1


def test_the_territory_can_be_preselected_from_its_page(client, home_page, territories):
    response = client.get(URL + f"?quartier={territories[1].slug}")
    assert f'<option value="{territories[1].pk}" selected>' in text_of(response)


class TestUnder15:
    def test_a_parent_is_required(self, client, home_page, territories):
        response = client.post(URL, form_data(territories[0], age="14"))
        assert response.status_code == 400
        assert "moins de 15 ans" in text_of(response)

    def test_the_booster_is_told_only_once_the_parent_agrees(self, client, home_page, territories, boosters):
        data = form_data(territories[0], age="14", parent_name="Mme Benali", parent_email="parent@mail.example")
        response = client.post(URL, data)
        assert response["Location"] == "/besoin-d-aide/merci/?attente=parent"
        help_request = HelpRequest.objects.get()
        assert help_request.status == HelpRequest.Status.AWAITING_PARENT and help_request.routed_at is None
        assert [m.to for m in mail.outbox] == [["parent@mail.example"]]
        link = f"/besoin-d-aide/accord/{help_request.parent_token}/"
        assert link in mail.outbox[0].body

        response = client.post(link, {"action": "accepter"})
        assert response.status_code == 400  # the box was not ticked
        assert client.post(link, {"action": "accepter", "consent": "on"}).status_code == 200
        help_request.refresh_from_db()
        assert help_request.status == HelpRequest.Status.NEW
        assert help_request.parent_consent_version == wording.current_version(wording.PARENT_HELP_CONTACT)
        assert mail.outbox[-1].to == ["nadia.booster@impact-jeunes.example"]
        assert "déjà répondu" in text_of(client.get(link))

    def test_a_parent_who_refuses_erases_the_request(self, client, home_page, territories, boosters):
        data = form_data(territories[0], age="13", parent_name="M. Diallo", parent_email="parent@mail.example")
        client.post(URL, data)
        help_request = HelpRequest.objects.get()
        client.post(f"/besoin-d-aide/accord/{help_request.parent_token}/", {"action": "refuser"})
        help_request.refresh_from_db()
        assert help_request.status == HelpRequest.Status.CLOSED
        assert help_request.first_name == help_request.phone == help_request.parent_email == ""
        assert help_request.parent_token is None
        assert all(m.to != ["nadia.booster@impact-jeunes.example"] for m in mail.outbox)

    def test_15_and_over_need_no_parent(self, client, home_page, territories, boosters):
        assert client.post(URL, form_data(territories[0], age="15")).status_code == 302
        assert HelpRequest.objects.get().status == HelpRequest.Status.NEW

    def test_an_unknown_link_is_404(self, client, home_page):
        assert client.get("/besoin-d-aide/accord/pas-un-jeton/").status_code == 404
