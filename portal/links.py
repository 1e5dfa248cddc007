"""Absolute links for e-mails, feeds and exports, where there may be no request to build them from."""

from django.conf import settings
from django.urls import reverse
from wagtail.models import Site


def site_root_url(request=None):
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
    return site.root_url.rstrip("/") if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path, request=None):
    """`path` on the public site; an address that is already absolute is returned as it is."""
    if path.startswith(("http://", "https://")):
        return path
    return site_root_url(request) + path


def reverse_url(viewname, args=(), kwargs=None, request=None):
    return absolute_url(reverse(viewname, args=args, kwargs=kwargs), request)


def subpage_url(page, route_name, args=(), request=None):
    """A `RoutablePageMixin` route of `page`, absolute."""
    return page.get_full_url(request) + page.reverse_subpage(route_name, args=args)


def admin_url(viewname, args=()):
    """A page of the Wagtail admin, on the admin's own base URL."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(viewname, args=args)


def admin_edit_url(page):
    if page is None:
        return admin_url("wagtailadmin_home")
    return admin_url("wagtailadmin_pages:edit", args=[page.pk])
