"""The moderators' form to approve or refuse a company account in the Wagtail admin."""

from django import forms
from django.db import transaction
from wagtail.admin.forms import WagtailAdminModelForm

from opportunities.company_space import accounts
from opportunities.company_space.models import CompanyAccountStatus
from partners_directory.models import PartnerKind, PartnerPage


class CompanyAccountAdminForm(WagtailAdminModelForm):
    create_partner_page = forms.BooleanField(
        label="Créer une fiche entreprise à partir de ce compte",
        required=False,
        help_text="Une fiche brouillon (nom, téléphone, e-mail) est créée sous « Partenaires », "
        "à compléter puis publier. Sinon, choisissez une fiche existante ci-dessus.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial_status = self.instance.status
        if "company" in self.fields:
            self.fields["company"] = forms.ModelChoiceField(
                queryset=PartnerPage.objects.filter(kind=PartnerKind.COMPANY).order_by("title"),
                required=False,
                label="Fiche entreprise",
                help_text="La fiche partenaire (type « Entreprise ») au nom de laquelle ce compte publie des offres.",
            )

    def clean(self):
        cleaned_data = super().clean()
        approving = cleaned_data.get("status") == CompanyAccountStatus.APPROVED
        has_company = cleaned_data.get("company") or cleaned_data.get("create_partner_page")
        if approving and not has_company:
            self.add_error(
                "company",
                "Pour valider le compte, choisissez sa fiche entreprise ou cochez « Créer une fiche entreprise ».",
            )
        if cleaned_data.get("company") and cleaned_data.get("create_partner_page"):
            self.add_error("create_partner_page", "Une fiche est déjà choisie : décochez cette case.")
        return cleaned_data

    @transaction.atomic
    def save(self, commit=True):
        account = super().save(commit=False)
        if self.cleaned_data.get("create_partner_page"):
            account.company = accounts.draft_partner_page(account)
        if commit:
            account.save()
            self.save_m2m()
            accounts.record_review(account, self.initial_status)
        return account
