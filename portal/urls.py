from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.api import api_router
from portal.views import RobotsView

handler500 = "portal.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", RobotsView.as_view(), name="robots"),
    path("espace-entreprise/", include("opportunities.company_space.urls")),
    path("", include("stories.urls")),
    path("", include("opportunities.urls")),
    path("", include("partners_directory.urls")),
    path("", include("search.urls")),
    path("", include("newsletter.urls")),
    path("", include("corrections.urls")),
    path("", include("neighbourhoods.urls")),
    path("", include("steering.urls")),
]

if settings.BENCH_MODE:
    from bench.ceiling import ceiling

    urlpatterns.insert(0, path("_bench/ceiling/", ceiling))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))
