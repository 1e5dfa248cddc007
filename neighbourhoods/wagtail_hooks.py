from wagtail import hooks
from wagtail.snippets.models import register_snippet

from neighbourhoods.admin import BoosterViewSet, admin_urls, menu_item

register_snippet(BoosterViewSet)


@hooks.register("register_admin_urls")
def register_help_request_urls():
    return admin_urls()


@hooks.register("register_admin_menu_item")
def register_help_requests_menu_item():
    return menu_item()
