"""Credits: the carrier and funders in the footer and on the programme page; the legal notice reads the publisher."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from portal.factories import StandardPageFactory
from portal.models import CreditsSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def credits(home_page):
    credits = CreditsSettings.for_site(Site.objects.get(is_default_site=True))
    credits.carrier_name = "Association Élan Sud"
    credits.carrier_url = "https://elan-sud.example"
    credits.funders = [
        ("funder", {"name": "Fonds pour l'emploi des jeunes", "url": "https://fonds.example", "share": Decimal("60")}),
        ("funder", {"name": "Département des Bouches-du-Rhône", "url": "", "share": Decimal("25.5")}),
    ]
    credits.publisher_name = "Association Élan Sud"
    credits.publisher_registration = "RNA W131000000"
    credits.publication_director = "Nadia B., présidente"
    credits.host_name = "Hébergeur Exemple SAS"
    credits.save()
    return credits


def test_footer_shows_carrier_and_funders(client, credits):
    html = client.get("/").content.decode()

    assert "Porté par" in html and "Association Élan Sud" in html
    assert "Avec le soutien de" in html and 'href="https://fonds.example"' in html
    assert "Département des Bouches-du-Rhône" in html


def test_programme_page_shows_the_share_of_funding(client, home_page, credits):
    page = StandardPageFactory(parent=home_page, title="Le programme", body=[("funders", None)])

    html = client.get(page.url).content.decode()

    assert "60 %" in html and "25,5 %" in html
    assert "Impact Jeunes est porté par" in html


def test_legal_notice_reads_publisher_and_director_from_the_settings(client, home_page, credits):
    page = StandardPageFactory(parent=home_page, title="Mentions légales", body=[("legal_publisher", None)])
    assert "Nadia B., présidente" in client.get(page.url).content.decode()

    credits.publication_director = "Karim D., directeur"
    credits.save()
    html = client.get(page.url).content.decode()

    assert "Karim D., directeur" in html and "RNA W131000000" in html and "Hébergeur Exemple SAS" in html


def test_shares_over_100_percent_are_refused(credits):
    block = CreditsSettings._meta.get_field("funders").stream_block
    value = block.to_python(
        [
            {"type": "funder", "value": {"name": "A", "logo": None, "url": "", "share": "70"}},
            {"type": "funder", "value": {"name": "B", "logo": None, "url": "", "share": "40"}},
        ]
    )
    with pytest.raises(ValidationError):
        block.clean(value)
