import json
import re
from decimal import Decimal

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from opportunities.models import OfferIndexPage, OfferPage, OfferStatus
from opportunities.offers.factories import OfferPageFactory, OfferSessionFactory, in_days
from opportunities.offers.sections import for_partner, next_offers
from opportunities.signups.factories import SignUpFactory
from partners_directory.factories import PartnerPageFactory
from partners_directory.models import PartnerKind
from portal.models import HomePage

pytestmark = pytest.mark.django_db


def test_tree_rules():
    assert OfferIndexPage.allowed_parent_page_models() == [HomePage]
    assert OfferIndexPage.allowed_subpage_models() == [OfferPage]
    assert OfferPage.allowed_parent_page_models() == [OfferIndexPage]
    assert OfferPage.allowed_subpage_models() == []
    assert OfferIndexPage.max_count == 1
    assert OfferIndexPage in HomePage.allowed_subpage_models()


def test_status_is_derived_from_sessions(offer):
    session = OfferSessionFactory(page=offer, seats=1)
    assert OfferPage.objects.get(pk=offer.pk).status == OfferStatus.OPEN
    SignUpFactory(slot=session)
    assert OfferPage.objects.get(pk=offer.pk).status == OfferStatus.FULL
    session.date = in_days(-1)
    session.save()
    assert OfferPage.objects.get(pk=offer.pk).status == OfferStatus.PAST


def place_of(offer):
    return (offer.place_address, offer.place_postcode, offer.place_commune)


def test_place_is_taken_from_the_partner_when_empty(offer_index, company):
    company.address, company.commune, company.postcode = "5 rue du Port", "Marseille", "13002"
    company.save()
    offer = OfferPageFactory(parent=offer_index, company=company, address="", commune="", postcode="")
    assert place_of(OfferPage.objects.get(pk=offer.pk)) == ("5 rue du Port", "13002", "Marseille")


def test_an_offer_at_its_partner_follows_the_partner_when_it_moves(client, offer_index, company):
    company.address, company.postcode, company.commune = "5 rue du Port", "13002", "Marseille"
    company.latitude, company.longitude = Decimal("43.300000"), Decimal("5.360000")
    company.save_revision().publish()
    offer = OfferPageFactory(parent=offer_index, company=company, address="", commune="", postcode="")
    OfferSessionFactory(page=offer)
    company.address, company.postcode, company.commune = "8 avenue de la Gare", "13150", "Tarascon"
    company.latitude, company.longitude = Decimal("43.805000"), Decimal("4.660000")
    company.save_revision().publish()

    offer = OfferPage.objects.get(pk=offer.pk)
    assert place_of(offer) == ("8 avenue de la Gare", "13150", "Tarascon")
    assert offer.place_coordinates == (Decimal("43.805000"), Decimal("4.660000"))
    html = client.get(offer.url).content.decode()
    assert "8 avenue de la Gare, 13150 Tarascon" in html and "5 rue du Port" not in html
    listing = client.get(offer_index.url, {"commune": "Tarascon"})
    assert [card.title for card in listing.context["offers"]] == [offer.title]


def test_an_address_of_its_own_wins_over_the_partner(offer_index, company):
    company.address, company.commune, company.postcode = "5 rue du Port", "Marseille", "13002"
    company.save()
    offer = OfferPageFactory(parent=offer_index, company=company, address="1 place du Marché", postcode="13150")
    offer.commune = "Tarascon"
    offer.save()
    assert place_of(OfferPage.objects.get(pk=offer.pk)) == ("1 place du Marché", "13150", "Tarascon")


def test_json_ld_describes_each_session_as_an_event(client, offer):
    open_session = OfferSessionFactory(page=offer, seats=3)
    full = OfferSessionFactory(page=offer, seats=1, date=in_days(12))
    SignUpFactory(slot=full)
    html = client.get(offer.url).content.decode()
    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(payload)
    events = {event["startDate"]: event for event in data["@graph"]}
    assert data["@context"] == "https://schema.org"
    first = events[open_session.starts_at.isoformat()]
    assert first["@type"] == "Event"
    assert first["offers"]["availability"] == "https://schema.org/InStock"
    assert first["organizer"]["name"] == "Sud Logistique"
    assert first["location"]["address"]["addressLocality"] == "Marseille"
    assert events[full.starts_at.isoformat()]["offers"]["availability"] == "https://schema.org/SoldOut"


def test_home_shows_the_next_three_open_offers(client, offer_index):
    for day in (9, 3, 5, 1):
        OfferSessionFactory(page=OfferPageFactory(parent=offer_index, title=f"Dans {day} jours"), date=in_days(day))
    OfferSessionFactory(page=OfferPageFactory(parent=offer_index, title="Passée"), date=in_days(-2))
    items = next_offers(HomePage.objects.get())
    assert [item.title for item in items] == ["Dans 1 jours", "Dans 3 jours", "Dans 5 jours"]
    assert all(item.card_template for item in items)
    html = client.get("/").content.decode()
    assert "Prochaines découvertes en entreprise" in html and "Dans 3 jours" in html


def test_home_offers_are_the_first_of_the_listing_whatever_the_dates(offer_index):
    """The home reads the next dates a few at a time: a long series, ties and undated offers change nothing."""
    from opportunities.offers.listing import listed_offers
    from opportunities.offers.models import OfferType

    daily = OfferPageFactory(parent=offer_index, title="Chaque jour")
    for day in range(30):  # more dates than the first rows read, all of one offer
        OfferSessionFactory(page=daily, date=in_days(1 + day))
    for title in ("Zèbre", "Alpha", "Milieu"):  # tied on the same date and time: the listing orders them by title
        OfferSessionFactory(page=OfferPageFactory(parent=offer_index, title=title), date=in_days(40))
    closed = OfferPageFactory(parent=offer_index, title="Fermée", signups_closed=True)
    OfferSessionFactory(page=closed, date=in_days(1))
    home = HomePage.objects.get()

    expected = [offer.title for offer in listed_offers()[:3]]
    assert [item.title for item in next_offers(home)] == expected == ["Chaque jour", "Alpha", "Milieu"]
    # Fewer dated offers than places: the undated ones follow, as in the listing.
    OfferPage.objects.exclude(pk=daily.pk).delete()
    OfferPageFactory(
        parent=offer_index,
        title="Un emploi",
        offer_type=OfferType.JOB,
        contract_type="cdi",
        contract_length="sans limite",
    )
    assert [item.title for item in next_offers(home)] == [offer.title for offer in listed_offers()[:3]]
    assert [item.title for item in next_offers(home)] == ["Chaque jour", "Un emploi"]


def test_partner_page_helper_lists_only_that_company(offer_index, company):
    other = PartnerPageFactory(parent=company.get_parent(), title="Autre SA", kind=PartnerKind.COMPANY)
    OfferSessionFactory(page=OfferPageFactory(parent=offer_index, title="Chez Sud", company=company))
    OfferSessionFactory(page=OfferPageFactory(parent=offer_index, title="Chez Autre", company=other))
    assert [offer.title for offer in for_partner(company)] == ["Chez Sud"]


def test_admin_form_takes_sessions_and_only_a_company(offer_index, company):
    association = PartnerPageFactory(parent=company.get_parent(), title="Asso", kind=PartnerKind.ASSOCIATION)
    form_class = OfferPage.get_edit_handler().get_form_class()

    def form_for(company_pk):
        data = nested_form_data(
            {
                "title": "Journée découverte BTP",
                "slug": "journee-btp",
                "offer_type": "decouverte",
                "audience": "lyceens",
                "company": company_pk,
                "sector": "construction",
                "summary": "Une journée sur un chantier.",
                "description": rich_text("Casque fourni."),
                "sessions": inline_formset(
                    [{"date": in_days(10).isoformat(), "start_time": "09:00", "end_time": "16:00", "seats": "8"}]
                ),
            }
        )
        return form_class(data, instance=OfferPage(), parent_page=offer_index, for_user=None)

    refused = form_for(association.pk)
    assert not refused.is_valid()
    assert "company" in refused.errors

    accepted = form_for(company.pk)
    assert accepted.is_valid(), accepted.errors
    offer = accepted.save(commit=False)
    offer_index.add_child(instance=offer)
    assert OfferPage.objects.get(slug="journee-btp").sessions.get().seats == 8
