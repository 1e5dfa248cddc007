from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from stories.contributions.api import PublicImagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
# Photos of contributed stories stay out of the API until the story is online.
api_router.register_endpoint("images", PublicImagesAPIViewSet)
