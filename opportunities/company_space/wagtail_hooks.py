"""Company accounts in the Wagtail admin, for the Modérateurs (view and change) and superusers."""

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from opportunities.company_space.admin_forms import CompanyAccountAdminForm
from opportunities.company_space.models import CompanyAccount
from portal.permission_policies import LimitedActionsPolicy

# Accounts are created by the companies themselves (their sign-up sets the user): never added in the admin.
register_permission_policy(CompanyAccount, LimitedActionsPolicy(CompanyAccount, ["change", "delete", "view"]))


class CompanyAccountViewSet(SnippetViewSet):
    model = CompanyAccount
    icon = "group"
    menu_label = "Comptes entreprises"
    menu_name = "company-accounts"
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["company_name", "contact_name", "email", "status", "email_verified_at", "company", "created_at"]
    list_filter = ["status"]
    search_fields = ["company_name", "contact_name", "siret", "user__email"]
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [FieldPanel("status"), FieldPanel("company"), FieldPanel("create_partner_page")],
                heading="Validation",
            ),
            MultiFieldPanel(
                [
                    FieldPanel("company_name"),
                    FieldPanel("siret"),
                    FieldRowPanel([FieldPanel("contact_name"), FieldPanel("phone")]),
                    FieldPanel("email_verified_at", read_only=True),
                    FieldPanel("invited_by", read_only=True),
                ],
                heading="Compte",
            ),
            MultiFieldPanel(
                [FieldPanel("offered_formats", read_only=True), FieldPanel("offer_message", read_only=True)],
                heading="Ce que l'entreprise propose (demande depuis /entreprises/)",
            ),
        ],
        base_form_class=CompanyAccountAdminForm,
    )


register_snippet(CompanyAccountViewSet)
