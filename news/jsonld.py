"""schema.org `NewsArticle` describing a news item, for search engines and link previews."""

from portal.og_image import page_og_image


def news_article(news, request, tags):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": news.title[:110],
        "description": news.summary,
        "datePublished": news.date_published.isoformat(),
        "inLanguage": "fr",
        "url": news.get_full_url(request),
        "publisher": {"@type": "Organization", "name": "Impact Jeunes"},
        "author": {"@type": "Organization", "name": "Impact Jeunes"},
    }
    if news.last_published_at:
        data["dateModified"] = news.last_published_at.isoformat()
    image = page_og_image(news)
    if image:
        data["image"] = request.build_absolute_uri(image.url)
    if news.territory_id:
        data["contentLocation"] = {"@type": "Place", "name": news.territory.name}
    if tags:
        data["keywords"] = ", ".join(tag.name for tag in tags)
    return data
