import pytest
from django.core import mail

from opportunities.models import SignUp
from opportunities.offers.factories import OfferSessionFactory, in_days
from opportunities.signups.factories import SignUpFactory
from portal.audiences import Audience
from portal.factories import TerritoryFactory

pytestmark = pytest.mark.django_db

VALID = {
    "first_name": "Inès",
    "last_name": "Martin",
    "age": "15",
    "email": "ines@impact-jeunes.example",
    "is_collegien": "on",
    "school": "Collège Pythéas",
    "school_class": "3e B",
    "parent_name": "Samia Martin",
    "parent_email": "parent@impact-jeunes.example",
    "parent_phone": "06 11 22 33 44",
    "message": "J'aimerais découvrir le métier de cariste.",
}


def signup_path(offer, session):
    return f"{offer.url}inscription/{session.pk}/"


def test_offer_page_lists_sessions_with_seats_and_links_to_sign_up(client, offer, session):
    full = OfferSessionFactory(page=offer, date=in_days(9), seats=1)
    SignUpFactory(slot=full)
    html = client.get(offer.url).content.decode()
    assert "<strong>2</strong> sur 2" in html
    assert "Complet" in html
    assert f'href="{signup_path(offer, session)}"' in html
    assert "Liste d&#x27;attente" in html or "Liste d'attente" in html
    assert '<th scope="col">Date</th>' in html


def test_sign_up_flow_confirms_mails_and_shows_the_confirmation(client, offer, session):
    response = client.post(signup_path(offer, session), VALID)
    assert response.status_code == 302
    assert response["Location"] == f"{offer.url}inscription/merci/"
    signup = SignUp.objects.get()
    assert signup.is_pending and signup.is_collegien and signup.slot == session
    # The young person and the parent; the company hears of a minor only once the parent agreed.
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ines@impact-jeunes.example",
        "parent@impact-jeunes.example",
    ]

    done = client.get(response["Location"]).content.decode()
    assert "ta place est gardée en attendant l'accord de ton parent" in done
    assert "ines@impact-jeunes.example" in done
    # Nothing personal in the confirmation URL.
    assert "Martin" not in response["Location"] and signup.cancel_token not in response["Location"]


def test_full_session_says_waiting_list_and_signs_up_on_it(client, offer, session):
    SignUpFactory(slot=session)
    SignUpFactory(slot=session)
    form_html = client.get(signup_path(offer, session)).content.decode()
    assert "Cette date est complète" in form_html
    assert "liste d&#x27;attente" in form_html or "liste d'attente" in form_html

    response = client.post(signup_path(offer, session), VALID, follow=True)
    assert SignUp.objects.get(first_name="Inès").is_waiting
    assert (
        "tu es sur la liste d&#x27;attente" in response.content.decode()
        or "liste d'attente" in response.content.decode()
    )


def test_errors_are_french_and_keep_what_was_typed(client, offer, session):
    data = {**VALID, "parent_phone": "", "email": "pas-un-mail"}
    response = client.post(signup_path(offer, session), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "moins de 18 ans" in html
    assert "ne semble pas valide" in html
    assert 'value="Collège Pythéas"' in html
    assert "J&#x27;aimerais découvrir le métier de cariste." in html
    assert 'value="pas-un-mail"' in html
    assert SignUp.objects.count() == 0


def test_a_phone_only_sign_up_sees_its_cancel_link(client, offer, session):
    data = {**VALID, "email": "", "phone": "06 12 34 56 78"}
    response = client.post(signup_path(offer, session), data, follow=True)
    signup = SignUp.objects.get()
    assert f"/inscriptions/{signup.cancel_token}/annuler/" in response.content.decode()


def test_confirmation_page_needs_the_browser_that_signed_up(client, offer, session):
    client.post(signup_path(offer, session), VALID)
    client.cookies.clear()
    response = client.get(f"{offer.url}inscription/merci/")
    assert response.status_code == 302


def test_collegiens_offers_tick_the_college_box(client, offer, session):
    offer.audience = Audience.COLLEGIENS_3E
    offer.save()
    html = client.get(signup_path(offer, session)).content.decode()
    assert 'name="is_collegien" id="id_is_collegien" checked' in html


def test_no_sign_up_for_past_cancelled_or_closed_sessions(client, offer, session):
    past = OfferSessionFactory(page=offer, date=in_days(-1))
    cancelled = OfferSessionFactory(page=offer, cancelled=True)
    for closed in (past, cancelled):
        response = client.post(signup_path(offer, closed), VALID)
        assert response.status_code == 200
        assert '<form method="post"' not in response.content.decode()
    offer.signups_closed = True
    offer.save()
    client.post(signup_path(offer, session), VALID)
    assert SignUp.objects.count() == 0


def test_unknown_or_foreign_session_is_a_404(client, offer, offer_index, session):
    from opportunities.offers.factories import OfferPageFactory

    other = OfferSessionFactory(page=OfferPageFactory(parent=offer_index, title="Autre"))
    assert client.get(signup_path(offer, other)).status_code == 404
    assert client.get(f"{offer.url}inscription/999999/").status_code == 404


def test_sign_up_is_rate_limited_and_keeps_input(client, offer, session):
    session.seats = 100
    session.save()
    for n in range(10):
        assert (
            client.post(
                signup_path(offer, session), {**VALID, "first_name": f"P{n}", "email": f"p{n}@impact-jeunes.example"}
            ).status_code
            == 302
        )
    response = client.post(signup_path(offer, session), VALID)
    assert response.status_code == 429
    assert 'value="Collège Pythéas"' in response.content.decode()
    assert SignUp.objects.count() == 10


def test_honeypot_blocks_robots(client, offer, session):
    response = client.post(signup_path(offer, session), {**VALID, "site_web": "spam"})
    assert response.status_code == 200
    assert SignUp.objects.count() == 0


def test_sign_up_needs_csrf(offer, session):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(signup_path(offer, session), VALID).status_code == 403


def test_sign_up_data_never_appears_on_public_pages_or_apis(client, offer, session, home_page):
    client.post(signup_path(offer, session), VALID)
    public = [
        client.get(offer.url),
        client.get("/offres/"),
        client.get("/"),
        client.get("/api/v2/pages/", {"type": "opportunities.OfferPage", "fields": "*"}),
        client.get(f"/api/v2/pages/{offer.pk}/"),
    ]
    for response in public:
        text = response.content.decode()
        for secret in ("Martin", "ines@impact-jeunes.example", "06 11 22 33 44", "Pythéas", "cariste"):
            assert secret not in text, (response.request["PATH_INFO"], secret)
    for word in ("Martin", "Pythéas", "cariste"):
        assert client.get("/recherche/", {"q": word}).context["result_count"] == 0


def test_offer_page_query_count_does_not_grow_with_sessions(client, offer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(offer.url).status_code == 200
        return len(queries)

    for day in range(2):
        SignUpFactory(slot=OfferSessionFactory(page=offer, date=in_days(day + 1)))
    count()
    few = count()
    for day in range(20):
        SignUpFactory(slot=OfferSessionFactory(page=offer, date=in_days(day + 3)))
    assert count() == few


def test_waiting_confirmation_says_how_many_people_are_ahead(client, offer, session):
    SignUpFactory(slot=session)
    SignUpFactory(slot=session)
    SignUpFactory(slot=session, status="waiting")
    SignUpFactory(slot=OfferSessionFactory(page=offer, date=in_days(12), seats=0), status="waiting")  # another date
    response = client.post(signup_path(offer, session), VALID, follow=True)
    assert "1 personne est avant toi." in response.content.decode()


def test_a_mail_server_outage_keeps_the_sign_up(client, offer, session, settings, caplog):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2  # nothing listens there

    response = client.post(signup_path(offer, session), VALID)

    assert response.status_code == 302
    assert SignUp.objects.get().is_pending
    assert "not sent" in caplog.text


def test_the_young_person_may_say_where_they_live_or_that_they_do_not_know(client, offer, session):
    lauriers = TerritoryFactory(name="Lauriers")
    form = client.get(signup_path(offer, session)).content.decode()
    assert "Ton quartier (facultatif)" in form and "Je ne sais pas" in form
    client.post(signup_path(offer, session), {**VALID, "territory": lauriers.pk})
    client.post(signup_path(offer, session), {**VALID, "first_name": "Yanis", "email": "yanis@impact-jeunes.example"})
    assert dict(SignUp.objects.values_list("first_name", "territory")) == {"Inès": lauriers.pk, "Yanis": None}
    # An unknown territory is refused in French, with what was typed kept.
    response = client.post(signup_path(offer, session), {**VALID, "first_name": "Zoé", "territory": "999999"})
    html = response.content.decode()
    assert "Choisis dans la liste." in html and 'value="Zoé"' in html
