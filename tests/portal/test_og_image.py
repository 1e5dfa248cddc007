"""Open Graph cards drawn with Pillow for stories, offers and news: referenced in og:image, cached as files."""

import io
import re

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory
from portal import og_image
from portal.demo_images import demo_image
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer(home_page):
    offer = OfferPageFactory(
        parent=OfferIndexPageFactory(parent=home_page), title="Visite de la plateforme logistique", commune="Vitrolles"
    )
    OfferSessionFactory(page=offer)
    return offer


def og_url(html):
    return re.search(r'<meta property="og:image" content="http://testserver/media/([^"]+)">', html).group(1)


def cards():
    try:
        return sorted(default_storage.listdir(og_image.FOLDER)[1])
    except FileNotFoundError:
        return []


def test_offer_card_is_drawn_referenced_with_its_size_and_readable(client, offer):
    html = client.get(offer.url).content.decode()

    name = og_url(html)
    assert name.startswith(f"og-cards/{offer.pk}-") and name.endswith(".png")
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html
    assert (
        '<meta property="og:image:alt" content="Visite d&#x27;entreprise : Visite de la plateforme logistique">'
        in html
    )
    with default_storage.open(name) as file:
        image = Image.open(io.BytesIO(file.read()))
        assert (image.format, image.size) == ("PNG", (1200, 630))


def test_a_card_is_drawn_once_and_redrawn_when_the_page_changes(client, offer):
    client.get(offer.url)
    client.get(offer.url)
    [first] = cards()

    offer.title = "Visite du port de Marseille"
    offer.save_revision().publish()
    client.get(offer.url)

    [second] = cards()  # the old card is gone
    assert second != first and second.startswith(f"{offer.pk}-")


def test_cards_of_an_unpublished_or_deleted_page_are_deleted(client, home_page):
    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=home_page), title="L'histoire de Yasmine")
    client.get(story.url)
    assert cards()

    story.unpublish()
    assert cards() == []

    story.save_revision().publish()
    client.get(story.url)
    story.delete()
    assert cards() == []


def test_an_image_chosen_by_the_editors_wins_over_the_card(client, offer):
    offer.social_image = demo_image("Affiche de la visite", seed="affiche")
    offer.save_revision().publish()

    html = client.get(offer.url).content.decode()

    assert og_url(html).startswith("images/")


def test_long_titles_fit_in_four_lines():
    card = og_image.OgCard(title="Un titre vraiment très long " * 12, kicker="Actualité", place="Tarascon")

    image = Image.open(io.BytesIO(og_image.draw(card)))

    assert image.size == (1200, 630)


def test_share_links_on_offers_and_events_without_third_party_script(client, offer):
    html = client.get(offer.url).content.decode()

    assert "Partager cette offre" in html and "https://wa.me/?text=" in html
    assert all(src.startswith("/static/") for src in re.findall(r'<script[^>]+src="([^"]+)"', html))


def test_previews_of_drafts_draw_no_card(home_page):
    from django.template import Context, Template
    from django.test import RequestFactory

    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=home_page), title="L'histoire de Nour")
    request = RequestFactory().get("/")
    request.is_preview = True

    Template("{% load portal_tags %}{% og_image page as og %}").render(Context({"page": story, "request": request}))

    assert cards() == []
