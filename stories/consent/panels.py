"""A read-only panel of the story editor: may this story (and its photo) be reused beyond the site?"""

from wagtail.admin.panels import Panel

from stories.consent import reuse
from stories.consent.models import Contribution


class ReuseConsentPanel(Panel):
    """Read-only, on a story: may it (and its photo) be reused on social networks and printed materials?"""

    class BoundPanel(Panel.BoundPanel):
        template_name = "stories/admin/reuse_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            contribution = Contribution.objects.filter(story_id=self.instance.pk).first() if self.instance.pk else None
            context["contribution"] = contribution
            if contribution is not None:
                context["story_reusable"], context["photo_reusable"] = reuse.status_of(contribution)
            return context
