from wagtail import hooks
from wagtail.snippets.models import register_snippet

from newsletter.admin import SubscriberViewSet, admin_urls, header_buttons

register_snippet(SubscriberViewSet)


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls():
    return admin_urls()


@hooks.register("register_page_header_buttons")
def newsletter_send_button(page, user, view_name=None, next_url=None):
    return list(header_buttons(page, user, view_name, next_url))


@hooks.register("register_page_listing_more_buttons")
def newsletter_send_listing_button(page, user, next_url=None):
    return list(header_buttons(page, user, next_url=next_url))
