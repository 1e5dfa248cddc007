"""The story index: filtered, counted, paginated; the tag pages are the same view with a tag chosen."""

from django.template.response import TemplateResponse

from portal.pagination import CountedPaginator
from stories.filters import StoryFilters
from stories.images import with_card_images
from stories.story_page import PROGRAMME_TARGET

STORIES_PER_PAGE = 12


# What a story card shows (stories/includes/story_card.html), and what its address is made of.
CARD_FIELDS = ("title", "url_path", "path", "depth", "locale_id", "live", "content_type_id", "draft_title")
CARD_FIELDS += ("first_name", "age", "summary", "profile", "outcome", "territory__name")
CARD_FIELDS += ("main_image", "main_image_alt")


def story_index(request, index_page, tag_slug=None):
    filters = StoryFilters(index_page.published_stories(), request.GET, tag_slug=tag_slug)
    cards = with_card_images(filters.results().select_related("territory").only(*CARD_FIELDS))
    paginator = CountedPaginator(cards, STORIES_PER_PAGE, filters.result_count)
    page_obj = paginator.get_page(request.GET.get("page"))
    stories = list(page_obj.object_list)
    context = index_page.get_context(request)
    context.update(
        filters=filters,
        page_obj=page_obj,
        stories=stories,
        result_count=filters.result_count,
        published_count=filters.published_count,
        target=PROGRAMME_TARGET,
        progress=min(100, round(100 * filters.published_count / PROGRAMME_TARGET)),
        tag=filters.tag_facet.selected_label if tag_slug else "",
    )
    return TemplateResponse(request, "stories/story_index_page.html", context)
