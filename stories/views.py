"""The story index: filtered, counted, paginated; the tag pages are the same view with a tag chosen."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from stories.filters import StoryFilters
from stories.images import with_card_images
from stories.story_page import PROGRAMME_TARGET, StoryPage

STORIES_PER_PAGE = 12


def _stories_of(pks):
    """The pages for these ids, with what their cards show, in the order of `pks`."""
    pages = with_card_images(StoryPage.objects.filter(pk__in=pks).select_related("territory")).in_bulk()
    return [pages[pk] for pk in pks if pk in pages]


def story_index(request, index_page, tag_slug=None):
    filters = StoryFilters(index_page.published_stories(), request.GET, tag_slug=tag_slug)
    paginator = Paginator(filters.result_pks, STORIES_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    stories = _stories_of(list(page_obj.object_list))
    context = index_page.get_context(request)
    context.update(
        filters=filters,
        page_obj=page_obj,
        stories=stories,
        result_count=paginator.count,
        published_count=filters.published_count,
        target=PROGRAMME_TARGET,
        progress=min(100, round(100 * filters.published_count / PROGRAMME_TARGET)),
        tag=filters.tag_facet.selected_label if tag_slug else "",
    )
    return TemplateResponse(request, "stories/story_index_page.html", context)
