import pytest

from partners_directory.models import PartnerIndexPage, PartnerKind, PartnerPage
from portal.figures import key_figures

pytestmark = pytest.mark.django_db


def figures_by_key():
    return {figure.key: figure for figure in key_figures()}


def test_targets_are_the_programme_targets(home_page):
    figures = figures_by_key()
    assert {key: figure.target for key, figure in figures.items()} == {
        "stories": 100,
        "companies": 300,
        "associations": 150,
        "collegiens": 1000,
    }


def test_companies_and_associations_count_published_partners_only(home_page):
    index = home_page.add_child(instance=PartnerIndexPage(title="Partenaires", slug="partenaires"))
    for n in range(3):
        index.add_child(
            instance=PartnerPage(title=f"Entreprise {n}", slug=f"entreprise-{n}", kind=PartnerKind.COMPANY)
        )
    index.add_child(instance=PartnerPage(title="Asso", slug="asso", kind=PartnerKind.ASSOCIATION))
    draft = PartnerPage(title="Brouillon", slug="brouillon", kind=PartnerKind.COMPANY, live=False)
    index.add_child(instance=draft)

    figures = figures_by_key()
    assert figures["companies"].value == 3
    assert figures["associations"].value == 1
    assert figures["companies"].percent == 1


def test_home_page_shows_live_counts(client, home_page):
    index = home_page.add_child(instance=PartnerIndexPage(title="Partenaires", slug="partenaires"))
    index.add_child(instance=PartnerPage(title="Asso du quartier", slug="asso", kind=PartnerKind.ASSOCIATION))
    html = client.get("/").content.decode()
    assert '<span class="figure__count">1</span> <span class="figure__target">/ 150</span>' in html
