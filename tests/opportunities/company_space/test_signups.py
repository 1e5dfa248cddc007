"""What a company does with its sign-ups: list, CSV export, close an offer, cancel a session."""

import csv
import io

import pytest
from django.core import mail

from opportunities.company_space.csv_export import HEADERS
from opportunities.models import SignUp
from opportunities.offers.factories import OfferSessionFactory
from opportunities.signups import booking
from tests.opportunities.company_space.helpers import approve, offer_post_data, text_of


@pytest.fixture
def session(offer, approved_account):
    # `offer` (tests/opportunities/conftest.py) belongs to approved_account's company.
    return OfferSessionFactory(page=offer, seats=2)


@pytest.fixture
def people(session):
    first = booking.book(
        session,
        {
            "first_name": "Inès",
            "last_name": "Martin",
            "age": 14,
            "is_collegien": True,
            "school": "Collège Manet",
            "school_class": "3e B",
            "email": "ines@impact-jeunes.example",
            "parent_name": "Sofia Martin",
            "parent_email": "sofia@impact-jeunes.example",
            "parent_phone": "06 00 00 00 01",
        },
    )
    booking.answer_consent(first, agreed=True)
    second = booking.book(
        session, {"first_name": '=HYPERLINK("http://x")', "last_name": "Durand", "age": 19, "phone": "06 00 00 00 02"}
    )
    third = booking.book(
        session,
        {
            "first_name": "Lucas",
            "last_name": "Petit",
            "age": 17,
            "email": "lucas@impact-jeunes.example",
            "parent_email": "parent.petit@impact-jeunes.example",
        },
    )
    booking.answer_consent(third, agreed=True)
    mail.outbox.clear()
    return [first, second, third]


@pytest.mark.django_db
class TestSignUps:
    def test_list_of_signups_with_statuses(self, client, approved_account, session, people):
        client.force_login(approved_account.user)
        response = client.get(f"/espace-entreprise/dates/{session.pk}/inscrits/")
        page = text_of(response)
        assert "2 places prises sur 2, 1 personne en liste d'attente" in page
        assert "Inès Martin" in page and "Collège Manet, 3e B" in page and "Sofia Martin" in page
        assert "Lucas Petit" in page and "Liste d'attente" in page
        html = response.content.decode()
        assert "<caption>" in html and '<th scope="col">Nom</th>' in html and '<th scope="row">' in html

    def test_dashboard_shows_seats_taken_and_left(self, client, approved_account, session, people):
        client.force_login(approved_account.user)
        page = text_of(client.get("/espace-entreprise/"))
        assert "2/2 places prises, 1 en attente" in page
        detail = text_of(client.get(f"/espace-entreprise/offres/{session.page_id}/"))
        assert "2 sur 2" in detail

    def test_dashboard_queries_do_not_grow_with_offers(
        self, client, approved_account, offer_index, company, django_assert_max_num_queries
    ):
        from opportunities.offers.factories import OfferPageFactory

        client.force_login(approved_account.user)

        def add_offers(count):
            for _ in range(count):
                offer = OfferPageFactory(parent=offer_index, company=company)
                for _ in range(3):
                    OfferSessionFactory(page=offer)

        add_offers(2)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as few:
            client.get("/espace-entreprise/")
        add_offers(10)
        with django_assert_max_num_queries(len(few)):
            response = client.get("/espace-entreprise/")
        assert response.status_code == 200

    def test_csv_export_opens_in_excel(self, client, approved_account, session, people):
        client.force_login(approved_account.user)
        response = client.get(f"/espace-entreprise/dates/{session.pk}/inscrits.csv")
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert "attachment;" in response["Content-Disposition"]
        assert response.content.startswith("\ufeff".encode())
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
        assert rows[0] == HEADERS
        assert len(rows) == 4
        ines = dict(zip(HEADERS, rows[1], strict=True))
        assert ines["Prénom"] == "Inès" and ines["Collège"] == "Collège Manet" and ines["Classe"] == "3e B"
        assert ines["Statut"] == "Confirmée" and ines["Collégien"] == "oui"
        assert ines["Téléphone du parent"] == "06 00 00 00 01"
        assert rows[2][1].startswith("'=")  # a formula typed by the public stays text
        assert rows[3][0] == "Liste d'attente"


@pytest.mark.django_db
class TestCloseAndCancel:
    def test_close_offer_hides_it_from_the_listing_and_stops_signups(self, client, approved_account, session, people):
        offer = session.page
        assert offer.title in text_of(client.get("/offres/"))
        client.force_login(approved_account.user)
        response = client.post(f"/espace-entreprise/offres/{offer.pk}/fermer/")
        assert response.status_code == 302
        client.logout()
        assert offer.title not in text_of(client.get("/offres/"))
        assert client.get(f"/offres/{offer.slug}/").status_code == 200  # still there for those signed up
        offer.refresh_from_db()
        session.refresh_from_db()
        assert offer.signups_closed and not session.is_open
        assert SignUp.objects.for_slot(session).confirmed().count() == 2

    def test_closing_survives_the_approval_of_an_earlier_edit(self, client, approved_account, offer_index, moderator):
        client.force_login(approved_account.user)
        client.post("/espace-entreprise/offres/nouvelle/", offer_post_data())
        from opportunities.models import OfferPage

        offer = OfferPage.objects.get()
        approve(offer, moderator)
        client.post(f"/espace-entreprise/offres/{offer.pk}/modifier/", offer_post_data(summary="Nouveau résumé."))
        client.post(f"/espace-entreprise/offres/{offer.pk}/fermer/")
        approve(offer, moderator)
        assert offer.summary == "Nouveau résumé." and offer.signups_closed

    def test_cancel_session_emails_everyone_and_releases_the_seats(self, client, approved_account, session, people):
        client.force_login(approved_account.user)
        assert "3 personnes inscrites" in text_of(client.get(f"/espace-entreprise/dates/{session.pk}/annuler/"))
        response = client.post(f"/espace-entreprise/dates/{session.pk}/annuler/")
        page = text_of(response)
        assert "3 personnes inscrites ont été prévenues" in page
        assert "Durand" in page and "06 00 00 00 02" in page  # no e-mail: the company phones
        session.refresh_from_db()
        assert session.cancelled and session.seats_taken == 0 and session.waiting_count == 0
        assert set(SignUp.objects.for_slot(session).values_list("status", flat=True)) == {"cancelled"}
        recipients = sorted(address for message in mail.outbox for address in message.to)
        assert recipients == [
            "ines@impact-jeunes.example",
            "lucas@impact-jeunes.example",
            "parent.petit@impact-jeunes.example",
            "sofia@impact-jeunes.example",
        ]
        lucas = next(message for message in mail.outbox if "lucas@impact-jeunes.example" in message.to)
        assert lucas.subject.startswith("Date annulée") and "Ton inscription est donc annulée" in lucas.body
        client.logout()
        assert "Annulée" in text_of(client.get(f"/offres/{session.page.slug}/"))

        mail.outbox.clear()
        client.force_login(approved_account.user)
        client.post(f"/espace-entreprise/dates/{session.pk}/annuler/")
        assert mail.outbox == []  # twice is once


@pytest.mark.django_db
def test_signup_data_never_reaches_public_pages_or_apis(client, approved_account, session, people):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    offer = session.page
    public = [
        ("", client.get("/offres/")),
        ("", client.get(f"/offres/{offer.slug}/")),
        ("Martin", client.get("/recherche/", {"q": "Martin"})),  # the query itself is echoed back
        ("Manet", client.get("/recherche/", {"q": "Manet"})),
        ("", client.get("/api/v2/pages/", {"type": "opportunities.OfferPage", "fields": "*"})),
        ("", client.get(f"/api/v2/pages/{offer.pk}/")),
    ]
    for query, response in public:
        assert response.status_code == 200
        content = response.content.decode()
        for secret in ("Martin", "Manet", "06 00 00 00 01", "ines@impact-jeunes.example", "Petit"):
            if secret != query:
                assert secret not in content, (response.wsgi_request.get_full_path(), secret)


@pytest.mark.django_db
def test_company_cannot_see_a_minor_before_the_parent_agreed(client, approved_account, session):
    pending = booking.book(
        session,
        {
            "first_name": "Yanis",
            "last_name": "Secret",
            "age": 14,
            "email": "yanis@impact-jeunes.example",
            "parent_name": "Samia Secret",
            "parent_email": "samia@impact-jeunes.example",
            "parent_phone": "06 00 00 00 09",
        },
    )
    client.force_login(approved_account.user)
    listing = text_of(client.get(f"/espace-entreprise/dates/{session.pk}/inscrits/"))
    exported = client.get(f"/espace-entreprise/dates/{session.pk}/inscrits.csv").content.decode("utf-8-sig")
    for shown in (listing, exported):
        assert "Yanis" not in shown and "Secret" not in shown and "06 00 00 00 09" not in shown
    assert "1 place gardée pour des mineurs en attente de l'accord d'un parent" in listing

    booking.answer_consent(pending, agreed=True)
    listing = text_of(client.get(f"/espace-entreprise/dates/{session.pk}/inscrits/"))
    assert "Yanis Secret" in listing and "Samia Secret" in listing and "06 00 00 00 09" in listing
    assert "yanis@impact-jeunes.example" not in listing  # a minor is reached through the parent
