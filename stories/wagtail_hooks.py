from wagtail import hooks
from wagtail.snippets.models import register_snippet

from stories.contributions.admin import ModerationGroup, admin_urls
from stories.contributions.reuse_admin import image_library_urls

register_snippet(ModerationGroup)


@hooks.register("register_admin_urls")
def register_contribution_admin_urls():
    return admin_urls() + image_library_urls()
