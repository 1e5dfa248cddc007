"""Stories that look like this one: same profile, sector or territory, closest first."""

from django.db.models import Case, IntegerField, Q, Value, When

from portal.visibility import visible
from stories.images import with_card_images


def related_stories(story, stories, limit=3):
    """Among `stories` (all the stories of the site), the published ones closest to `story`."""
    same = Q(profile=story.profile) | Q(territory_id=story.territory_id)
    score = Case(When(profile=story.profile, then=Value(1)), default=Value(0), output_field=IntegerField())
    score += Case(When(territory_id=story.territory_id, then=Value(1)), default=Value(0), output_field=IntegerField())
    if story.sector:
        same |= Q(sector=story.sector)
        score += Case(When(sector=story.sector, then=Value(1)), default=Value(0), output_field=IntegerField())
    return list(
        with_card_images(visible(stories.filter(same)).exclude(pk=story.pk).select_related("territory"))
        .annotate(likeness=score)
        .order_by("-likeness", "-date_published", "-pk")[:limit]
    )
