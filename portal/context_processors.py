from django.conf import settings
from django.utils.functional import SimpleLazyObject

from portal.site_chrome import site_chrome

DEFAULT_DESCRIPTION = (
    "Impact Jeunes relie les jeunes des quartiers prioritaires de Marseille et de Tarascon au monde du travail : "
    "histoires, stages, visites d'entreprise, partenaires près de chez toi."
)


def site_context(request):
    """What the header needs on every page, including pages Wagtail does not serve."""
    return {
        "header_search_query": request.GET.get("q", "")[:100],
        "default_description": DEFAULT_DESCRIPTION,
        "site_chrome": SimpleLazyObject(lambda: site_chrome(request)),
        "matomo": {"url": settings.MATOMO_URL, "site_id": settings.MATOMO_SITE_ID} if settings.MATOMO_URL else None,
    }
