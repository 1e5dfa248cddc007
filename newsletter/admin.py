"""The communication team's side: send a newsletter (with its counts), send a test to oneself, subscribers."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import SnippetViewSet

import portal.converters  # noqa: F401 (registers <id:…>)
from newsletter import message, sending
from newsletter.newsletter_page import NewsletterPage
from newsletter.subscriber import Subscriber

SEND_URL_NAME = "newsletter_send"
TEST_URL_NAME = "newsletter_send_test"
PREVIEW_URL_NAME = "newsletter_preview"


def _newsletter_for(request, pk):
    newsletter = get_object_or_404(NewsletterPage, pk=pk)
    if not newsletter.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return newsletter


class SendView(WagtailAdminTemplateMixin, TemplateView):
    """A confirmation page with the counts, then the sending in the background."""

    template_name = "newsletter/admin/send.html"
    page_title = "Envoyer la lettre"
    header_icon = "mail"

    def dispatch(self, request, pk):
        self.newsletter = _newsletter_for(request, pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.newsletter.title

    def get_breadcrumbs_items(self):
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.newsletter.pk])
        return self.breadcrumbs_items + [
            {"url": edit_url, "label": self.newsletter.title},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            newsletter=self.newsletter,
            counts=sending.counts(self.newsletter),
            test_url=reverse(TEST_URL_NAME, args=[self.newsletter.pk]),
            preview_url=reverse(PREVIEW_URL_NAME, args=[self.newsletter.pk]),
            **kwargs,
        )

    def post(self, request, pk):
        if not self.newsletter.live or self.newsletter.has_unpublished_changes:
            messages.error(request, "Publiez d'abord la lettre (sans modification en attente) : c'est elle qui part.")
            return redirect(SEND_URL_NAME, pk)
        sending.start(self.newsletter)
        messages.success(
            request,
            "L'envoi est lancé : il se fait en arrière-plan, par lots. Chaque personne la reçoit une seule fois.",
        )
        return redirect(SEND_URL_NAME, pk)


class SendTestView(SendView):
    def get(self, request, pk):
        return redirect(SEND_URL_NAME, pk)

    def post(self, request, pk):
        if not request.user.email:
            messages.error(request, "Votre compte n'a pas d'adresse e-mail : ajoutez-en une dans votre profil.")
            return redirect(SEND_URL_NAME, pk)
        # The latest draft, so a letter can be tried before it is published.
        draft = self.newsletter.get_latest_revision_as_object()
        sending.send_test(draft, request.user.email)
        messages.success(request, f"Une version de test part à {request.user.email}.")
        return redirect(SEND_URL_NAME, pk)


def preview(request, pk):
    """The e-mail as subscribers will see it, from the latest draft."""
    newsletter = _newsletter_for(request, pk)
    return HttpResponse(message.preview_html(newsletter.get_latest_revision_as_object()))


def admin_urls():
    return [
        path("lettre/<id:pk>/apercu/", preview, name=PREVIEW_URL_NAME),
        path("lettre/<id:pk>/envoyer/", SendView.as_view(), name=SEND_URL_NAME),
        path("lettre/<id:pk>/test/", SendTestView.as_view(), name=TEST_URL_NAME),
    ]


def header_buttons(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, NewsletterPage) and page.permissions_for_user(user).can_publish():
        yield MenuItem("Envoyer la lettre…", reverse(SEND_URL_NAME, args=[page.pk]), icon_name="mail", priority=5)


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = "Abonnés à la lettre"
    menu_name = "newsletter-subscribers"
    url_prefix = "lettre/abonnes"
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["__str__", "status", "subscribed_at", "confirmed_at", "unsubscribed_at"]
    list_filter = ["status"]
    search_fields = ["email"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "status",
        "consent_wording_version",
        "subscribed_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
