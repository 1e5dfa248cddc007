"""Sign-ups in the Wagtail admin: a read-only list for the Modérateurs (and superusers).

Seats change only through the booking engine (`opportunities.signups.booking`), which keeps the waiting
list and e-mails in step: the admin can list, filter, search and inspect sign-ups, never add,
edit or delete one. The cancellation key stays out of sight. Searching filters in the database:
sign-ups are never put in a search index.
"""

from django.apps import apps
from django.contrib.contenttypes.prefetch import GenericPrefetch
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from opportunities.signups.models import Bookable, SignUp
from portal.permission_policies import LimitedActionsPolicy

register_permission_policy(SignUp, LimitedActionsPolicy(SignUp, ["view"]))


class SignUpViewSet(SnippetViewSet):
    model = SignUp
    icon = "list-ul"
    menu_label = "Inscriptions"
    menu_name = "signups"
    add_to_admin_menu = True
    menu_order = 320
    list_display = [
        "full_name",
        "age",
        BooleanColumn("is_collegien", label="Collégien·ne"),
        Column("slot_title", label="Date réservée", accessor="slot_title"),
        "status",
        "created_at",
    ]
    list_filter = ["status", "is_collegien"]
    search_fields = ["first_name", "last_name", "school", "email"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "status",
        *SignUp.FILLED_IN_FIELDS,
        "created_at",
        "cancelled_at",
        "consent",
        "consent_requested_at",
        "consent_answered_at",
        "hold_until",
        "attendance",
    ]

    def get_queryset(self, request):
        # Every kind of slot (offer sessions, event dates…) with its page, one query per kind.
        slots = [
            model.objects.select_related(model.host_field)
            for model in apps.get_models()
            if issubclass(model, Bookable)
        ]
        return SignUp.objects.prefetch_related(GenericPrefetch("slot", slots)).order_by("-created_at", "-pk")


register_snippet(SignUpViewSet)
