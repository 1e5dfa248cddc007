"""Content-Security-Policy (django-csp) and Permissions-Policy on every response.

The public site runs no inline script and no inline style (the map's data is a JSON block, which
browsers never execute): its policy starts from `default-src 'none'` and allows only this origin,
the map tiles, the media storage and the video providers. Nothing may frame it
(`frame-ancestors 'none'`) except the map's embed mode, which partner sites show in an iframe.

Wagtail's admin still writes inline scripts and styles (date pickers, inline panels): /admin/ has
its own, looser policy; it is only reached by signed-in staff.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"


def admin_directives():
    directives = dict(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
    directives.update(
        {
            "default-src": [SELF],
            # Wagtail's admin templates and widgets write inline <script> and style="": allowed here only.
            "script-src": [SELF, UNSAFE_INLINE],
            "style-src": [SELF, UNSAFE_INLINE],
            "img-src": [*directives["img-src"], "blob:"],
            "font-src": [SELF, "data:"],
            # The editor's live preview frames a page of the admin.
            "frame-src": [SELF, *settings.EMBED_FRAME_SOURCES],
            "frame-ancestors": [SELF],
            "worker-src": [SELF, "blob:"],
        }
    )
    return directives


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with the admin's own policy and the map's embeddable variant."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if request.path_info.startswith(ADMIN_PREFIX) and parts.config is None:
            parts.config = admin_directives()
        if getattr(response, "xframe_options_exempt", False):
            # The embeddable map (partners_directory/listing.py): any https site may frame it.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF, "https:"]}
        return parts


class PermissionsPolicyMiddleware:
    """Browser features the site never uses are switched off; geolocation only for "Autour de moi"."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
