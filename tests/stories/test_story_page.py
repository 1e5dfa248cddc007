import json
import re

import feedparser
import pytest
from wagtail.images import get_image_model

from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from portal.demo_images import demo_image
from stories.choices import Profile

pytestmark = pytest.mark.django_db


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


@pytest.fixture
def story(make_story):
    return make_story(
        "Du banc au quai",
        first_name="Yanis",
        age=20,
        summary="Yanis est cariste en CDI.",
        main_image=demo_image("Illustration Yanis", seed="yanis"),
        main_image_alt="Formes géométriques jaunes",
        tags=["premier emploi"],
    )


def test_story_page_shows_who_where_and_the_story(client, story):
    html = client.get(story.url).content.decode()

    assert '<h1 id="story-title">Du banc au quai</h1>' in html
    assert "Yanis, 20 ans · Malpassé" in html
    assert "J&#x27;ai poussé la porte de la Mission locale." in html or "J'ai poussé la porte" in html
    assert 'href="/histoires/tags/premier-emploi/"' in html


def test_article_json_ld_describes_the_story(client, story):
    data = json_ld(client.get(story.url).content.decode())

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"] == "Du banc au quai"
    assert data["datePublished"] == story.date_published.isoformat()
    assert data["image"].startswith("http://testserver/")
    assert data["url"] == "http://testserver/histoires/du-banc-au-quai/"


def test_open_graph_image_is_the_story_card_drawn_for_sharing(client, story):
    html = client.get(story.url).content.decode()

    assert '<meta property="og:type" content="article">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/media/og-cards/\d+-[0-9a-f]+\.png"', html)
    assert '<meta property="og:image:width" content="1200">' in html


def test_images_are_responsive_modern_and_sized(client, story, make_story):
    make_story("Une autre", profile=story.profile)
    html = client.get(story.url).content.decode()

    hero = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/avif"' in hero and 'type="image/webp"' in hero
    assert "srcset=" in hero and 'width="' in hero and 'height="' in hero
    assert 'alt="Formes géométriques jaunes"' in hero
    assert 'loading="lazy"' not in hero  # the story's own image is above the fold


def test_card_images_are_lazy(client, story):
    html = client.get("/histoires/").content.decode()

    card = re.search(r'<article class="card story-card">.*?</article>', html, re.S).group(0)
    assert 'loading="lazy"' in card and "srcset=" in card


def test_share_links_need_no_third_party_script(client, story):
    html = client.get(story.url).content.decode()

    assert "https://wa.me/?text=" in html
    assert "mailto:?subject=" in html
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', html)
    assert all(src.startswith("/static/") for src in scripts)


def test_path_shows_the_partners_of_the_young_persons_path(client, home_page, story):
    index = PartnerIndexPageFactory(parent=home_page)
    partner = PartnerPageFactory(parent=index, title="Mission locale Nord")
    story.path_steps.create(page=partner, role="m'a aidé pour mon CV")
    story.save_revision().publish()

    html = client.get(story.url).content.decode()

    assert "Mission locale Nord" in html
    assert f'href="{partner.url}"' in html
    assert "m&#x27;a aidé pour mon CV" in html


def test_path_hides_an_unpublished_partner(client, home_page, story):
    index = PartnerIndexPageFactory(parent=home_page)
    partner = PartnerPageFactory(parent=index, title="Partenaire retiré")
    story.path_steps.create(page=partner)
    story.save_revision().publish()
    partner.unpublish()

    assert "Partenaire retiré" not in client.get(story.url).content.decode()


def test_related_stories_share_profile_sector_or_territory(client, make_story):
    story = make_story("Référence", profile=Profile.CONQUEROR, sector="digital")
    same_sector = make_story("Même secteur", territory="trebon", profile=Profile.DETERMINED, sector="digital")
    nothing_in_common = make_story("Rien à voir", territory="trebon", profile=Profile.DETERMINED, sector="food")

    related = client.get(story.url).context["related"]

    assert same_sector in related
    assert nothing_in_common not in related


def test_rss_feed_is_valid_rss_2(client, story):
    response = client.get("/histoires/rss/")
    feed = feedparser.parse(response.content)

    assert response["Content-Type"].startswith("application/rss+xml")
    assert not feed.bozo
    assert feed.version == "rss20"
    assert feed.entries[0].link == "http://testserver/histoires/du-banc-au-quai/"
    assert feed.entries[0].summary == "Yanis est cariste en CDI."


def test_an_image_without_alternative_text_is_refused(story):
    from django.core.exceptions import ValidationError

    story.main_image_alt = ""
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "main_image_alt" in error.value.message_dict
    assert get_image_model().objects.count() == 1


def breadcrumb(html):
    nav = html.split('aria-label="Fil d\'Ariane"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav)


def test_breadcrumb_links_the_home_and_the_stories_without_reading_them_again(client, story, story_index):
    assert breadcrumb(client.get(story.url).content.decode()) == [
        ("/", "Accueil"),
        (story_index.url, story_index.title),
    ]
    # Rendered outside Wagtail's routing (a preview), the ancestors are read from the database: the same trail.
    from django.template.loader import render_to_string

    from stories.story_page import StoryPage

    html = render_to_string("includes/breadcrumb.html", {"page": StoryPage.objects.get(pk=story.pk)})
    assert breadcrumb(html) == [("/", "Accueil"), (story_index.url, story_index.title)]


def test_path_steps_cost_one_query_whatever_their_number(client, home_page, story, django_assert_max_num_queries):
    index = PartnerIndexPageFactory(parent=home_page)
    for number in range(4):
        story.path_steps.create(page=PartnerPageFactory(parent=index, title=f"Partenaire {number}"))
    story.save_revision().publish()
    for _warm_up in range(2):  # a warm worker (the first visit creates the site settings): page types known
        assert client.get(story.url).status_code == 200
    story = type(story).objects.get(pk=story.pk)
    with django_assert_max_num_queries(1):
        steps = story.path_pages
    assert [step.title for step in steps] == [f"Partenaire {number}" for number in range(4)]
    assert {step.kind for step in steps} == {"Partenaire"}
