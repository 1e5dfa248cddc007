"""Sign-ups in the Wagtail admin: a read-only list for the Modérateurs (and superusers).

Seats change only through the booking engine (`opportunities.signups.booking`), which keeps the waiting
list and e-mails in step: the admin can list, filter, search and inspect sign-ups, never add,
edit or delete one. The cancellation key stays out of sight. Searching filters in the database:
sign-ups are never put in a search index.
"""

from django.apps import apps
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from opportunities.signups.attendance import AttendanceForm
from opportunities.signups.models import Bookable, SignUp
from portal.permission_policies import LimitedActionsPolicy

register_permission_policy(SignUp, LimitedActionsPolicy(SignUp, ["view"]))

ATTENDANCE_URL_NAME = "signups_attendance"


def _attendance_link(signup):
    slot = signup.slot
    if slot is None or not slot.is_past or not signup.is_confirmed:
        return "—"
    url = reverse(ATTENDANCE_URL_NAME, args=[signup.content_type_id, signup.object_id])
    return format_html('<a class="button button-small" href="{}">Présences</a>', url)


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
        Column("attendance_link", label="Présences", accessor=_attendance_link),
    ]
    list_filter = ["status", "is_collegien", "attendance"]
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


class AttendanceView(WagtailAdminTemplateMixin, TemplateView):
    """The moderators' attendance screen for one date: the same form as the company's."""

    template_name = "opportunities/admin/attendance.html"
    page_title = "Présences"
    header_icon = "tick"

    def dispatch(self, request, content_type_id, object_id):
        if not request.user.has_perm("opportunities.view_signup"):
            raise PermissionDenied
        model = ContentType.objects.filter(pk=content_type_id).first()
        model = model.model_class() if model else None
        if model is None or not issubclass(model, Bookable):
            raise Http404
        self.slot = model.objects.filter(pk=object_id).first()
        if self.slot is None:
            raise Http404
        self.form = AttendanceForm(self.slot, request.POST or None)
        return super().dispatch(request, content_type_id, object_id)

    def get_page_subtitle(self):
        return self.slot.signup_title

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, slot=self.slot, **kwargs)

    def post(self, request, content_type_id, object_id):
        if self.form.is_valid():
            changed = self.form.save()
            messages.success(request, f"Présences enregistrées ({changed} modification{'s' if changed > 1 else ''}).")
            return redirect(ATTENDANCE_URL_NAME, content_type_id, object_id)
        return self.get(request, content_type_id, object_id)


@hooks.register("register_admin_urls")
def register_attendance_url():
    return [
        path(
            "inscriptions/presences/<int:content_type_id>/<int:object_id>/",
            AttendanceView.as_view(),
            name=ATTENDANCE_URL_NAME,
        )
    ]
