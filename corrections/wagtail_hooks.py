from wagtail import hooks
from wagtail.snippets.models import register_snippet

from corrections.admin import CorrectionViewSet, admin_urls

register_snippet(CorrectionViewSet)


@hooks.register("register_admin_urls")
def register_correction_admin_urls():
    return admin_urls()
