from wagtail import hooks

from audience.admin import admin_urls, menu_item
from audience.middleware import REQUEST_ATTRIBUTE


@hooks.register("before_serve_page")
def note_the_page_served(page, request, serve_args, serve_kwargs):
    """Remember which page this request shows, if it is the page itself (not one of its sub-routes)."""
    if request.path == page.get_url(request):
        setattr(request, REQUEST_ATTRIBUTE, page.pk)


@hooks.register("register_admin_urls")
def register_audience_urls():
    return admin_urls()


@hooks.register("register_reports_menu_item")
def register_most_read_report():
    return menu_item()
