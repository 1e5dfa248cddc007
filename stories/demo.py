"""Demo content of the story showcase: the index and 24 fictional stories with drawn illustrations."""

import datetime

from wagtail.rich_text import RichText

from opportunities.models import EventPage, OfferPage
from partners_directory.models import PartnerPage
from portal.demo_images import demo_image
from portal.models import HomePage, Territory
from stories.contributions import demo as demo_contributions
from stories.demo_data import STORIES
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from stories.index_page import StoryIndexPage
from stories.story_page import StoryPage, StoryPathStep


def load(report):
    index = load_index()
    territories = {territory.slug: territory for territory in Territory.objects.all()}
    path_pages = {page.slug: page for page in PartnerPage.objects.all()}
    path_pages.update({f"offre:{page.slug}": page for page in OfferPage.objects.all()})
    path_pages.update({f"agenda:{page.slug}": page for page in EventPage.objects.all()})
    first_day = datetime.date(2026, 1, 12)
    for number, data in enumerate(STORIES):
        if StoryPage.objects.filter(slug=data["slug"]).exists():
            continue
        body = [("paragraph", RichText(f"<p>{paragraph}</p>")) for paragraph in data["paragraphs"]]
        body.insert(2, ("quote", {"quote": data["quote"], "attribution": f"{data['first_name']}, {data['age']} ans"}))
        story = StoryPageFactory(
            parent=index,
            slug=data["slug"],
            title=data["title"],
            first_name=data["first_name"],
            age=data["age"],
            territory=territories[data["territory"]],
            profile=data["profile"],
            outcome=data["outcome"],
            sector=data["sector"],
            summary=data["summary"],
            body=body,
            main_image=demo_image(f"Illustration : {data['title']}", seed=f"story-{number}"),
            main_image_alt="Illustration abstraite aux couleurs du programme (formes géométriques).",
            date_published=first_day + datetime.timedelta(days=9 * number),
            featured=data["featured"],
        )
        story.tags.add(*data["tags"])
        for order, (slug, role) in enumerate(data["path"]):
            if slug in path_pages:
                StoryPathStep.objects.create(story=story, page=path_pages[slug], role=role, sort_order=order)
        story.save_revision().publish()
    # Two stories sent through "Raconte ton histoire": one in moderation, one waiting for a parent.
    demo_contributions.load(index, report)


def load_index():
    index = StoryIndexPage.objects.first()
    if index:
        return index
    return StoryIndexPageFactory(parent=HomePage.objects.first())
