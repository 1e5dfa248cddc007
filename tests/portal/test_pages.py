import pytest
from wagtail.models import Page

from partners_directory.models import PartnerIndexPage
from portal.blocks import StandardBodyBlock
from portal.factories import StandardPageFactory
from portal.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_tree_rules():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert set(HomePage.allowed_subpage_models()) >= {StandardPage, PartnerIndexPage}
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}
    assert StandardPage.allowed_subpage_models() == [StandardPage]
    assert HomePage.max_count == 1


def test_home_page_renders_programme_and_figures(client, home_page):
    home_page.intro = "<p>Un programme pour les jeunes des quartiers.</p>"
    home_page.save()
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert 'href="#contenu"' in html and 'id="contenu"' in html
    assert "Un programme pour les jeunes des quartiers." in html
    assert "belles histoires publiées" in html
    assert "/ 100" in html and "/ 1000" in html


def test_standard_page_renders_every_block(client, home_page):
    body = [
        ("heading", {"text": "Un titre de section", "level": "h2"}),
        ("paragraph", "<p>Du <b>texte</b> riche.</p>"),
        ("quote", {"quote": "J'ai osé.", "attribution": "Inès, 19 ans"}),
        (
            "call_to_action",
            {
                "title": "Inscris-toi",
                "text": "C'est gratuit.",
                "link": {"label": "Voir", "page": None, "url": "/offres/"},
            },
        ),
        (
            "faq",
            {"title": "Questions", "items": [{"question": "C'est payant ?", "answer": "<p>Non, jamais.</p>"}]},
        ),
    ]
    page = StandardPageFactory(parent=home_page, title="Le programme", slug="le-programme", body=body)
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h2>Un titre de section</h2>" in html
    assert "<b>texte</b>" in html
    assert "J&#x27;ai osé." in html and "Inès, 19 ans" in html
    assert 'href="/offres/"' in html
    # The FAQ is a native disclosure: it opens without JavaScript.
    assert "<details" in html and "<summary>C&#x27;est payant ?</summary>" in html
    assert 'aria-label="Fil d\'Ariane"' in html


def test_every_block_declares_its_editor_metadata():
    for name, block in StandardBodyBlock().child_blocks.items():
        assert block.meta.icon, name
        assert block.meta.template, name
        assert block.meta.group, name
        assert block.meta.description, name


def test_page_description_falls_back_to_intro(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Accessibilité", intro="Déclaration d'accessibilité du site.")
    html = client.get(page.url).content.decode()
    assert '<meta name="description" content="Déclaration d&#x27;accessibilité du site.">' in html
