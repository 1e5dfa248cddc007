from django import forms

from newsletter import wording
from portal.forms import HoneypotMixin


class SubscribeForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label="Ton e-mail",
        max_length=254,
        help_text="On t'envoie un lien pour confirmer : rien n'est envoyé avant ton clic.",
        error_messages={
            "required": "Indique ton e-mail.",
            "invalid": "Cet e-mail n'a pas l'air complet (exemple : prenom@mail.fr).",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(
        label=wording.text(),
        error_messages={"required": "Coche la case pour accepter de recevoir la lettre."},
    )
