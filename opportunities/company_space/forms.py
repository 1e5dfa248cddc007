"""Forms of the company space: account sign-up, log-in, password reset, an offer and its sessions."""

import datetime

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.contrib.auth.signals import user_login_failed
from django.utils import timezone

from opportunities.company_space.siret import normalize_siret, validate_siret
from opportunities.offers.models import UNDATED_TYPES, ContractType, OfferType, missing_details
from portal.audiences import Audience
from portal.forms import HoneypotMixin
from portal.sectors import Sector

MAX_SEATS = 200


class CompanySignupForm(HoneypotMixin, forms.Form):
    company_name = forms.CharField(label="Nom de l'entreprise", max_length=150)
    siret = forms.CharField(
        label="SIRET",
        required=False,
        max_length=20,
        help_text="Facultatif : 14 chiffres, sur un extrait Kbis ou une facture. Il nous aide à valider le compte.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    contact_name = forms.CharField(
        label="Votre nom et prénom",
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Adresse e-mail professionnelle",
        help_text="Elle sert d'identifiant ; nous y envoyons un lien pour la confirmer.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label="Téléphone",
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    password1 = forms.CharField(
        label="Mot de passe",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="Au moins 10 caractères, pas uniquement des chiffres, pas trop courant.",
    )
    password2 = forms.CharField(
        label="Le même mot de passe, encore une fois",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_siret(self):
        siret = self.cleaned_data["siret"]
        if not siret.strip():
            return ""
        validate_siret(siret)
        return normalize_siret(siret)

    def clean_email(self):
        # Whether an account already uses it is not said here (accounts.create_account e-mails its owner).
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned_data = super().clean()
        password1, password2 = cleaned_data.get("password1"), cleaned_data.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", "Les deux mots de passe ne sont pas identiques.")
        elif password1:
            user = get_user_model()(
                username=cleaned_data.get("email", ""),
                email=cleaned_data.get("email", ""),
                first_name=cleaned_data.get("contact_name", ""),
            )
            try:
                password_validation.validate_password(password1, user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned_data


class CompanyLoginForm(HoneypotMixin, AuthenticationForm):
    """Log-in with the e-mail address; staff log in on /admin/, not here."""

    error_messages = {
        "invalid_login": "Adresse e-mail ou mot de passe incorrect. Les majuscules comptent dans le mot de passe.",
        "inactive": "Ce compte est désactivé. Écrivez-nous pour le réactiver.",
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = "Adresse e-mail"
        self.fields["username"].widget.attrs.update({"autocomplete": "email", "inputmode": "email"})
        self.fields["password"].label = "Mot de passe"

    def clean_username(self):
        return self.cleaned_data["username"].strip().lower()

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if not hasattr(user, "company_account"):
            # The right password of a staff account gets the answer of a wrong one, and counts as a
            # failure for the lock-out too: this form must not tell an admin password is right.
            user_login_failed.send(
                sender=__name__, credentials={"username": self.cleaned_data.get("username")}, request=self.request
            )
            raise self.get_invalid_login_error()


class CompanyPasswordResetForm(HoneypotMixin, PasswordResetForm):
    """Only company accounts can reset their password here (staff use the admin's own page)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Adresse e-mail du compte"

    def get_users(self, email):
        return [user for user in super().get_users(email) if hasattr(user, "company_account")]


class OfferForm(forms.Form):
    """What a company writes about an offer; place and contact default to its partner page."""

    title = forms.CharField(
        label="Titre de l'offre", max_length=255, help_text="Ex. « Une journée dans nos ateliers »."
    )
    offer_type = forms.ChoiceField(label="Type d'offre", choices=OfferType.choices)
    audience = forms.ChoiceField(label="Pour qui ?", choices=Audience.choices)
    sector = forms.ChoiceField(label="Secteur", choices=Sector.choices)
    summary = forms.CharField(
        label="En bref",
        max_length=300,
        help_text="Une ou deux phrases montrées sur les cartes de la liste (300 caractères au plus).",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    description = forms.CharField(
        label="Comment ça se passe",
        max_length=5000,
        help_text="Le déroulé, les métiers qu'on découvre. Sautez une ligne entre deux paragraphes.",
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    contract_type = forms.ChoiceField(
        label="Type de contrat (emploi, alternance)",
        required=False,
        choices=[("", "—"), *ContractType.choices],
    )
    contract_length = forms.CharField(
        label="Durée du contrat (emploi, alternance)",
        required=False,
        max_length=60,
        help_text="« 12 mois », « 2 ans »…",
    )
    commitment = forms.CharField(
        label="Durée de l'engagement (parrainage)", required=False, max_length=60, help_text="« 6 mois »…"
    )
    rhythm = forms.CharField(
        label="Rythme des rencontres (parrainage)",
        required=False,
        max_length=120,
        help_text="« une heure tous les 15 jours »…",
    )
    what_to_bring = forms.CharField(
        label="À prévoir", required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
    accessibility = forms.CharField(
        label="Accessibilité", required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
    contact = forms.CharField(
        label="Qui contacter",
        required=False,
        max_length=500,
        help_text="Affiché sur la page : nom, rôle, téléphone.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    notification_email = forms.EmailField(
        label="E-mail qui reçoit les inscriptions",
        help_text="Jamais affiché : chaque inscription et chaque désistement y est envoyé.",
    )
    address = forms.CharField(
        label="Adresse", required=False, max_length=255, help_text="Laissez vide pour reprendre celle de l'entreprise."
    )
    postcode = forms.RegexField(
        label="Code postal",
        required=False,
        regex=r"^\d{5}$",
        error_messages={"invalid": "Un code postal compte 5 chiffres."},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code"}),
    )
    commune = forms.CharField(label="Commune", required=False, max_length=80)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("address") and not cleaned_data.get("commune"):
            self.add_error("commune", "Indiquez la commune de cette adresse.")
        for name, message in missing_details(cleaned_data.get("offer_type"), cleaned_data).items():
            if name not in self.errors:
                self.add_error(name, message)
        return cleaned_data


MAX_SESSION_DAYS = 31


class SessionForm(forms.Form):
    """One date of the offer. `existing` (set by the formset) is the session already saved, if any."""

    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    date = forms.DateField(label="Date", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    end_date = forms.DateField(
        label="Dernier jour (facultatif)",
        required=False,
        help_text="Sur plusieurs jours : un stage de 3e va du lundi au vendredi.",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    start_time = forms.TimeField(label="Début", widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    end_time = forms.TimeField(label="Fin", widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    seats = forms.IntegerField(label="Places", min_value=1, max_value=MAX_SEATS, initial=10)

    existing = None

    def clean(self):
        cleaned_data = super().clean()
        start, end, day = cleaned_data.get("start_time"), cleaned_data.get("end_time"), cleaned_data.get("date")
        if start and end and end <= start:
            self.add_error("end_time", "L'heure de fin doit être après l'heure de début.")
        moved = self.existing is None or day != self.existing.date
        if day and moved and day < timezone.localdate():
            self.add_error("date", "Cette date est passée : choisissez un jour à venir.")
        if day and day > timezone.localdate() + datetime.timedelta(days=366):
            self.add_error("date", "Les dates sont ouvertes jusqu'à un an à l'avance.")
        last = cleaned_data.get("end_date")
        if day and last and last < day:
            self.add_error("end_date", "Le dernier jour doit être le premier jour ou après.")
        elif day and last and last > day + datetime.timedelta(days=MAX_SESSION_DAYS - 1):
            self.add_error("end_date", f"Une date dure au plus {MAX_SESSION_DAYS} jours : créez-en une autre.")
        elif last == day:
            cleaned_data["end_date"] = None  # one day
        seats = cleaned_data.get("seats")
        taken = getattr(self.existing, "seats_taken", 0) if self.existing and self.existing.pk else 0
        if seats and seats < taken:
            self.add_error("seats", f"{taken} personnes ont déjà une place : gardez au moins {taken} places.")
        return cleaned_data

    can_delete_existing = True


class BaseSessionFormSet(forms.BaseFormSet):
    def __init__(self, *args, existing=None, lock_published=False, offer_type="", **kwargs):
        self.existing = {session.pk: session for session in existing or [] if session.pk}
        self.lock_published = lock_published
        # Jobs, apprenticeships and mentoring may have no date at all.
        self.dates_optional = offer_type in UNDATED_TYPES
        super().__init__(*args, **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        pk = form.initial.get("id") if form.initial else None
        if self.is_bound:
            raw = form.data.get(form.add_prefix("id"))
            pk = int(raw) if raw and str(raw).isdigit() else None
        form.existing = self.existing.get(pk)
        if form.existing is not None:
            form.can_delete_existing = not self.lock_published and not getattr(form.existing, "seats_taken", 0)
        return form

    def clean(self):
        super().clean()
        # A form marked for deletion is not validated by Django: check here that it may go.
        for form in self.forms:
            if self._should_delete_form(form) and form.existing is not None and not form.can_delete_existing:
                raise forms.ValidationError(
                    f"La date du {form.existing.date:%d/%m/%Y} a déjà été publiée : annulez-la depuis la page de "
                    "l'offre pour prévenir les inscrits, plutôt que de la retirer.",
                    code="published_session",
                )
        if any(self.errors):
            return
        kept = [form for form in self.forms if form.has_changed() or form.existing is not None]
        kept = [form for form in kept if not self._should_delete_form(form)]
        if not kept and not self.dates_optional:
            raise forms.ValidationError("Ajoutez au moins une date.", code="no_session")
        slots = [(form.cleaned_data["date"], form.cleaned_data["start_time"]) for form in kept]
        if len(slots) != len(set(slots)):
            raise forms.ValidationError("Deux dates commencent le même jour à la même heure.", code="duplicate")

    def kept_sessions(self):
        """(existing session or None, cleaned data) for each date to keep, in form order."""
        for form in self.forms:
            if self._should_delete_form(form):
                continue
            if form.existing is None and not form.has_changed():
                continue
            yield form.existing, form.cleaned_data


SessionFormSet = forms.formset_factory(
    SessionForm, formset=BaseSessionFormSet, extra=2, can_delete=True, max_num=30, validate_max=True
)
