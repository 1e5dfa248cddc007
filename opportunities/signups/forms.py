"""The public sign-up form, shared by offer sessions and event occurrences."""

import re

from django import forms

from opportunities.signups.models import SignUp
from portal import audiences
from portal.audiences import ADULT_AGE, MAX_AGE, MIN_AGE
from portal.forms import HoneypotMixin, TerritoryChoiceField

PHONE_PATTERN = re.compile(r"^\+?[0-9]{9,15}$")


def clean_phone(value):
    if not value:
        return ""
    compact = re.sub(r"[\s.\-()]", "", value)
    if not PHONE_PATTERN.match(compact):
        raise forms.ValidationError("Ce numéro ne semble pas valide. Exemple : 06 12 34 56 78.", code="phone")
    return value.strip()


class SignUpForm(HoneypotMixin, forms.ModelForm):
    # Declared here so that every out-of-range age gets the same plain message (see clean_age).
    age = forms.IntegerField(
        label="Âge",
        help_text=f"De {MIN_AGE} à {MAX_AGE} ans.",
        error_messages={"required": "Indique ton âge.", "invalid": "Indique ton âge en chiffres."},
        widget=forms.NumberInput(attrs={"min": MIN_AGE, "max": MAX_AGE, "inputmode": "numeric"}),
    )
    territory = TerritoryChoiceField(help_text="Pour que le programme sache quels quartiers il touche.")

    class Meta:
        model = SignUp
        fields = [*SignUp.FILLED_IN_FIELDS, "territory"]
        labels = {
            "first_name": "Prénom",
            "last_name": "Nom",
            "is_collegien": "Je suis au collège",
            "school": "Nom de ton collège",
            "school_class": "Ta classe",
            "email": "E-mail",
            "phone": "Téléphone",
            "parent_name": "Nom et prénom d'un parent",
            "parent_email": "E-mail de ce parent",
            "parent_phone": "Téléphone de ce parent",
            "message": "Un message pour l'entreprise ou l'organisateur (facultatif)",
        }
        help_texts = {
            "school_class": "Par exemple : 3e B.",
            "email": "Pour recevoir la confirmation et le lien pour te désinscrire. E-mail ou téléphone obligatoire.",
            "parent_name": f"Obligatoire si tu as moins de {ADULT_AGE} ans.",
            "parent_email": (
                f"Obligatoire si tu as moins de {ADULT_AGE} ans : ton parent reçoit un lien pour donner son accord."
            ),
            "parent_phone": f"Obligatoire si tu as moins de {ADULT_AGE} ans.",
        }
        error_messages = {
            "first_name": {"required": "Indique ton prénom."},
            "last_name": {"required": "Indique ton nom."},
            "email": {"invalid": "Cette adresse e-mail ne semble pas valide. Exemple : prenom@exemple.fr."},
            "parent_email": {"invalid": "Cette adresse e-mail ne semble pas valide. Exemple : prenom@exemple.fr."},
        }
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "parent_email": forms.EmailInput(),
            "parent_phone": forms.TextInput(attrs={"type": "tel"}),
            "message": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, audience=audiences.Audience.EVERYONE, **kwargs):
        super().__init__(*args, **kwargs)
        self.audience = audience
        # Set when the person is outside the audience: the template then points to what fits.
        self.audience_refused = False
        self.fitting_audience = ""  # the first audience that takes this person, for a link to its offers
        who = audiences.rule(audience)
        self.fields["age"].help_text = f"Cette date est pour {who.describe()}."
        for field in self.fields.values():
            field.error_messages.setdefault("max_length", "Ce texte est trop long.")
            if isinstance(field, forms.CharField) and field.max_length:
                field.error_messages["max_length"] = f"Ce texte est trop long ({field.max_length} caractères au plus)."

    def clean_age(self):
        age = self.cleaned_data["age"]
        if not MIN_AGE <= age <= MAX_AGE:
            raise forms.ValidationError(
                f"Ces découvertes sont pour les jeunes de {MIN_AGE} à {MAX_AGE} ans.", code="age"
            )
        return age

    def clean_phone(self):
        return clean_phone(self.cleaned_data.get("phone"))

    def clean_parent_phone(self):
        return clean_phone(self.cleaned_data.get("parent_phone"))

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and "email" not in self.errors:
            self.add_error("email", "Indique un e-mail ou un numéro de téléphone pour qu'on puisse te joindre.")
        age = cleaned.get("age")
        if age is not None and age < ADULT_AGE:
            if not cleaned.get("parent_name"):
                self.add_error("parent_name", f"Tu as moins de {ADULT_AGE} ans : indique le nom d'un parent.")
            if not cleaned.get("parent_email") and "parent_email" not in self.errors:
                self.add_error(
                    "parent_email",
                    f"Tu as moins de {ADULT_AGE} ans : indique l'e-mail d'un parent, il doit donner son accord.",
                )
            elif (
                cleaned.get("parent_email")
                and cleaned["parent_email"].strip().lower() == (cleaned.get("email") or "").strip().lower()
            ):
                self.add_error("parent_email", "Indique l'e-mail de ton parent, pas le tien.")
            if not cleaned.get("parent_phone") and "parent_phone" not in self.errors:
                self.add_error("parent_phone", f"Tu as moins de {ADULT_AGE} ans : indique le téléphone d'un parent.")
        if cleaned.get("is_collegien"):
            if not cleaned.get("school"):
                self.add_error("school", "Tu es au collège : indique le nom de ton collège.")
            if not cleaned.get("school_class"):
                self.add_error("school_class", "Tu es au collège : indique ta classe.")
        else:
            cleaned["school"] = cleaned["school_class"] = ""
        if age is not None and "age" not in self.errors:
            refusal = audiences.refusal(self.audience, age, cleaned.get("is_collegien"))
            if refusal:
                self.audience_refused = True
                fits = [
                    a for a in audiences.fitting(age, cleaned.get("is_collegien")) if a != audiences.Audience.EVERYONE
                ]
                self.fitting_audience = fits[0].value if fits else ""
                self.add_error("age", refusal)
        return cleaned

    def signup_data(self):
        """The validated fields, ready for `booking.book(slot, data)`."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class ClassBookingForm(HoneypotMixin, forms.ModelForm):
    """A teacher books a date for a class: their own name and contact, the school, the class and the headcount."""

    headcount = forms.IntegerField(
        label="Nombre d'élèves",
        min_value=1,
        error_messages={
            "required": "Indiquez le nombre d'élèves.",
            "invalid": "Indiquez le nombre d'élèves en chiffres.",
            "min_value": "Indiquez au moins un élève.",
        },
        widget=forms.NumberInput(attrs={"min": 1, "inputmode": "numeric"}),
    )

    class Meta:
        model = SignUp
        fields = [
            "first_name",
            "last_name",
            "email",
            "phone",
            "school",
            "school_class",
            "is_collegien",
            "headcount",
            "message",
        ]
        labels = {
            "first_name": "Votre prénom",
            "last_name": "Votre nom",
            "email": "Votre e-mail professionnel",
            "phone": "Un téléphone pour le jour même",
            "school": "Établissement",
            "school_class": "Classe",
            "is_collegien": "C'est une classe de collège",
            "message": "Un message pour l'entreprise (facultatif)",
        }
        help_texts = {"school_class": "Par exemple : 3e B.", "email": "Pour la confirmation et le lien d'annulation."}
        error_messages = {
            "first_name": {"required": "Indiquez votre prénom."},
            "last_name": {"required": "Indiquez votre nom."},
            "school": {"required": "Indiquez l'établissement."},
            "school_class": {"required": "Indiquez la classe."},
            "email": {
                "required": "Indiquez votre e-mail.",
                "invalid": "Cette adresse e-mail ne semble pas valide. Exemple : prenom.nom@ac-aix-marseille.fr.",
            },
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 3}), "phone": forms.TextInput(attrs={"type": "tel"})}

    def __init__(self, *args, seats=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("email", "school", "school_class"):
            self.fields[name].required = True
        self.seats = seats
        if seats:
            self.fields["headcount"].help_text = f"Cette date compte {seats} places au total."
            self.fields["headcount"].widget.attrs["max"] = seats

    def clean_phone(self):
        return clean_phone(self.cleaned_data.get("phone"))

    def clean_headcount(self):
        headcount = self.cleaned_data["headcount"]
        if self.seats and headcount > self.seats:
            raise forms.ValidationError(
                f"Cette date compte {self.seats} places : une classe de {headcount} élèves n'y tient pas. "
                "Réservez deux dates, une par demi-groupe.",
                code="headcount",
            )
        return headcount

    def booking_data(self):
        return {name: self.cleaned_data[name] for name in self._meta.fields}
