import datetime
from html import unescape

import pytest

from opportunities.models import OfferType
from opportunities.offers.factories import OfferPageFactory, OfferSessionFactory, in_days
from opportunities.signups.factories import SignUpFactory
from portal.audiences import Audience
from portal.sectors import Sector

pytestmark = pytest.mark.django_db


def titles(client, **params):
    response = client.get("/offres/", params)
    assert response.status_code == 200
    return [offer.title for offer in response.context["offers"]]


def add_offer(index, title, days=(7,), seats=10, **fields):
    offer = OfferPageFactory(parent=index, title=title, **fields)
    for day in days:
        OfferSessionFactory(page=offer, date=in_days(day), seats=seats)
    return offer


def test_sorted_by_next_session_and_past_offers_leave_the_listing(client, offer_index, company):
    add_offer(offer_index, "Plus tard", days=(20,))
    add_offer(offer_index, "Bientôt", days=(-3, 2, 30))
    past = add_offer(offer_index, "Déjà passée", days=(-10, -2))

    assert titles(client) == ["Bientôt", "Plus tard"]
    # A past offer keeps its page, marked as over.
    response = client.get(past.url)
    assert response.status_code == 200
    assert "Terminé" in response.content.decode()


def test_a_session_earlier_today_is_past(client, offer_index):
    offer = OfferPageFactory(parent=offer_index, title="Ce matin")
    OfferSessionFactory(page=offer, date=datetime.date.today(), start_time=datetime.time(0, 0))
    assert titles(client) == []


def test_cards_show_type_company_next_date_and_seats_left(client, offer_index, company):
    offer = add_offer(offer_index, "Masterclass logistique", days=(5,), seats=4, company=company)
    offer.offer_type = OfferType.MASTERCLASS
    offer.save()
    session = offer.sessions.get()
    SignUpFactory(slot=session)
    html = client.get("/offres/").content.decode()
    assert "Masterclass" in html
    assert "Sud Logistique" in html
    assert f"{session.date.day} " in html
    assert "<strong>3</strong> places libres" in html


def test_filters_combine(client, offer_index):
    add_offer(offer_index, "Visite Marseille numérique", sector=Sector.DIGITAL, commune="Marseille")
    add_offer(offer_index, "Visite Tarascon numérique", sector=Sector.DIGITAL, commune="Tarascon")
    add_offer(
        offer_index, "Stage Tarascon", sector=Sector.DIGITAL, commune="Tarascon", offer_type=OfferType.INTERNSHIP_3E
    )
    add_offer(offer_index, "Visite Tarascon BTP", sector=Sector.CONSTRUCTION, commune="Tarascon")

    assert titles(client, type="visite", secteur="digital", commune="Tarascon") == ["Visite Tarascon numérique"]
    assert set(titles(client, commune="Tarascon")) == {
        "Visite Tarascon numérique",
        "Stage Tarascon",
        "Visite Tarascon BTP",
    }
    assert titles(client, type="stage_3e") == ["Stage Tarascon"]


def test_the_audience_filter_keeps_what_is_open_to_everyone(client, offer_index):
    add_offer(offer_index, "Stage de 3e", audience=Audience.COLLEGIENS_3E)
    add_offer(offer_index, "Job dating", audience=Audience.YOUNG_16_25)
    add_offer(offer_index, "Forum", audience=Audience.EVERYONE)
    assert set(titles(client, public=Audience.YOUNG_16_25)) == {"Job dating", "Forum"}
    assert set(titles(client, public=Audience.COLLEGIENS_3E)) == {"Stage de 3e", "Forum"}
    response = client.get("/offres/", {"public": "adultes", "type": "visite"})
    assert "Ce choix n'existe pas : on l'a ignoré." in unescape(response.content.decode())


def test_date_range_and_seats_filters(client, offer_index):
    full = add_offer(offer_index, "Complète", days=(3,), seats=1)
    SignUpFactory(slot=full.sessions.get())
    add_offer(offer_index, "Dans dix jours", days=(10,))
    add_offer(offer_index, "Dans un mois", days=(31,))

    assert titles(client, du=in_days(5).isoformat()) == ["Dans dix jours", "Dans un mois"]
    assert titles(client, au=in_days(12).isoformat()) == ["Complète", "Dans dix jours"]
    assert titles(client, du=in_days(5).isoformat(), au=in_days(12).isoformat()) == ["Dans dix jours"]
    assert titles(client, places="on") == ["Dans dix jours", "Dans un mois"]


def test_seats_filter_looks_at_each_session(client, offer_index):
    offer = add_offer(offer_index, "Deux dates", days=(3, 8), seats=1)
    SignUpFactory(slot=offer.sessions.order_by("date").first())
    response = client.get("/offres/", {"places": "on"})
    assert [o.title for o in response.context["offers"]] == ["Deux dates"]
    # The card announces the date that still has room.
    assert response.context["offers"][0].card_session.date == in_days(8)


def test_bad_dates_give_a_french_message_and_other_filters_still_apply(client, offer_index):
    add_offer(offer_index, "Numérique", sector=Sector.DIGITAL)
    add_offer(offer_index, "BTP", sector=Sector.CONSTRUCTION)
    response = client.get("/offres/", {"du": "demain", "au": "2026-13-45", "secteur": "digital"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "année-mois-jour" in html
    assert 'value="demain"' in html
    assert [offer.title for offer in response.context["offers"]] == ["Numérique"]


def test_end_before_start_is_explained(client, offer_index):
    add_offer(offer_index, "Numérique")
    response = client.get("/offres/", {"du": in_days(10).isoformat(), "au": in_days(2).isoformat()})
    assert "avant la date de début" in response.content.decode()


def test_unknown_choice_is_ignored_with_a_message(client, offer_index):
    add_offer(offer_index, "Numérique")
    response = client.get("/offres/", {"type": "n-importe-quoi"})
    assert "Ce choix n&#x27;existe pas" in response.content.decode()
    assert [offer.title for offer in response.context["offers"]] == ["Numérique"]


def test_drafts_and_closed_offers_are_not_listed(client, offer_index):
    add_offer(offer_index, "Publiée")
    draft = add_offer(offer_index, "Brouillon")
    draft.unpublish()
    add_offer(offer_index, "Fermée", signups_closed=True)
    assert titles(client) == ["Publiée"]


def test_pagination_keeps_the_filters(client, offer_index):
    for n in range(14):
        add_offer(offer_index, f"Offre {n:02d}", days=(n + 1,), sector=Sector.DIGITAL)
    response = client.get("/offres/", {"secteur": "digital"})
    assert len(response.context["offers"]) == 12
    assert "secteur=digital&amp;page=2" in response.content.decode()
    assert titles(client, secteur="digital", page=2) == ["Offre 12", "Offre 13"]


def test_the_filter_form_works_without_javascript(client, offer_index):
    html = client.get("/offres/").content.decode()
    assert '<form class="filters" method="get"' in html
    for name in ("type", "secteur", "commune", "du", "au", "places"):
        assert f'name="{name}"' in html
    assert '<label for="id_du">' in html


@pytest.mark.parametrize("params", [{}, {"places": "on", "du": "2026-01-01"}])
def test_query_count_does_not_grow_with_offers(client, offer_index, company, params):
    def count_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get("/offres/", params).status_code == 200
        return len(queries)

    for n in range(5):
        offer = add_offer(offer_index, f"Petite {n}", days=(n + 1, n + 2), company=company)
        SignUpFactory(slot=offer.sessions.first())
    count_queries()  # warms the per-process caches (site root paths, content types)
    with_five = count_queries()
    for n in range(45):
        offer = add_offer(offer_index, f"Grande {n}", days=(n + 1, n + 2, n + 3), company=company)
        SignUpFactory(slot=offer.sessions.first())
    assert count_queries() == with_five
    assert with_five <= 16
