"""The "Besoin d'un coup de main ?" form: short, in plain French, for a young person on a phone."""

import re

from django import forms

from neighbourhoods.help_requests import Channel, LookingFor
from portal.forms import HoneypotMixin
from portal.models import Territory
from stories.consent import parent_contact, wording
from stories.contributions.forms import MAX_AGE, MIN_AGE, PARENT_CONSENT_AGE

PHONE = re.compile(r"^(?:0|\+33|0033)[1-9]\d{8}$")


def normalise_phone(value):
    return re.sub(r"[\s.\-()]", "", value)


class HelpRequestForm(HoneypotMixin, forms.Form):
    first_name = forms.CharField(
        label="Ton prénom",
        max_length=40,
        error_messages={"required": "Écris ton prénom.", "max_length": "40 caractères au maximum."},
    )
    age = forms.IntegerField(
        label="Ton âge",
        min_value=MIN_AGE,
        max_value=MAX_AGE,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": "Indique ton âge.",
            "invalid": "Écris ton âge en chiffres, par exemple 17.",
            "min_value": "Ce site est pour les 13–30 ans.",
            "max_value": "Ce site est pour les 13–30 ans.",
        },
    )
    territory = forms.ModelChoiceField(
        label="Ton quartier",
        queryset=Territory.objects.order_by("name"),
        empty_label="Choisis ton quartier",
        error_messages={"required": "Choisis ton quartier dans la liste.", "invalid_choice": "Choisis dans la liste."},
    )
    looking_for = forms.ChoiceField(
        label="Tu cherches quoi ?",
        choices=LookingFor.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choisis ce que tu cherches (ou « Je ne sais pas encore »)."},
    )
    channel = forms.ChoiceField(
        label="Comment on te joint ?",
        choices=Channel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choisis comment on te joint."},
    )
    phone = forms.CharField(
        label="Ton numéro de téléphone",
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
        help_text="Pour un appel ou un SMS. Par exemple 06 12 34 56 78.",
    )
    email = forms.EmailField(
        label="Ton e-mail",
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": "Cet e-mail n'a pas l'air complet (exemple : prenom@mail.fr)."},
    )
    message = forms.CharField(
        label="Tu veux en dire plus ? (facultatif)",
        required=False,
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 600}),
        help_text="600 caractères au maximum. Pas besoin d'écrire ton adresse.",
        error_messages={"max_length": "600 caractères au maximum (là : %(show_value)d)."},
    )
    parent_name = forms.CharField(label="Nom de ton parent", max_length=120, required=False)
    parent_email = forms.EmailField(
        label="E-mail de ton parent",
        required=False,
        error_messages={"invalid": "Cet e-mail n'a pas l'air complet (exemple : parent@mail.fr)."},
    )
    consent = forms.BooleanField(
        label=wording.text(wording.HELP_CONTACT),
        error_messages={"required": "Sans ton accord, on ne peut pas te recontacter : coche la case."},
    )

    def clean_first_name(self):
        value = self.cleaned_data["first_name"].strip()
        if "@" in value or any(char.isdigit() for char in value):
            raise forms.ValidationError("Juste ton prénom, sans chiffres ni e-mail.")
        return value

    def clean_phone(self):
        value = normalise_phone(self.cleaned_data["phone"])
        if value and not PHONE.match(value):
            raise forms.ValidationError("Ce numéro n'a pas l'air complet : 10 chiffres, par exemple 06 12 34 56 78.")
        return value

    def clean(self):
        cleaned = super().clean()
        channel = cleaned.get("channel")
        if channel in (Channel.PHONE, Channel.SMS) and not cleaned.get("phone") and "phone" not in self.errors:
            self.add_error("phone", "Tu as choisi d'être appelé·e ou de recevoir un SMS : écris ton numéro.")
        if channel == Channel.EMAIL and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", "Tu as choisi l'e-mail : écris ton adresse.")
        age = cleaned.get("age")
        if age is not None and age < PARENT_CONSENT_AGE:
            parent_contact.require_parent(self, cleaned, "Tu as moins de 15 ans : un parent doit être d'accord.")
            parent_contact.check_parent_email_is_not_theirs(self, cleaned)
        return cleaned


class ParentAgreementForm(forms.Form):
    consent = forms.BooleanField(
        label=wording.text(wording.PARENT_HELP_CONTACT),
        error_messages={"required": "Cochez cette case pour donner votre accord, ou cliquez sur « Refuser »."},
    )
