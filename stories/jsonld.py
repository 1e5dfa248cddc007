"""schema.org `Article` describing a story, for search engines and link previews."""

from wagtail.images.models import Filter

from portal.links import absolute_url
from stories.images import SHARE_SPEC


def story_article(story, request, tags):
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": story.title[:110],
        "description": story.summary,
        "datePublished": story.date_published.isoformat(),
        "inLanguage": "fr",
        "url": story.get_full_url(request),
        "about": {"@type": "Person", "name": story.first_name},
        "contentLocation": {"@type": "Place", "name": story.territory.name},
        "publisher": {"@type": "Organization", "name": "Impact Jeunes"},
        "author": {"@type": "Organization", "name": "Impact Jeunes"},
    }
    if story.last_published_at:
        data["dateModified"] = story.last_published_at.isoformat()
    image = story.sharing_image
    if image:
        rendition = image.get_rendition(Filter(SHARE_SPEC))
        data["image"] = absolute_url(rendition.url, request)
    keywords = [tag.name for tag in tags]
    if keywords:
        data["keywords"] = ", ".join(keywords)
    return data
