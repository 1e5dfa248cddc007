"""The news index: most recent first, one tag at a time, paginated."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from taggit.models import Tag

from news.news_page import NewsTag
from stories.images import with_card_images

NEWS_PER_PAGE = 12


def news_index(request, index_page):
    news = index_page.published_news()
    tags = list(
        Tag.objects.filter(pk__in=NewsTag.objects.filter(content_object__in=news).values("tag_id")).order_by("name")
    )
    selected = next((tag for tag in tags if tag.slug == request.GET.get("tag")), None)
    if selected is not None:
        news = news.filter(tagged_items__tag=selected)
    news = with_card_images(news.select_related("territory")).order_by("-date_published", "-pk")
    paginator = Paginator(news, NEWS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    context = index_page.get_context(request)
    context.update(page_obj=page_obj, news=list(page_obj.object_list), tags=tags, selected_tag=selected)
    return TemplateResponse(request, "news/news_index_page.html", context)
