from django import forms

from corrections import fields
from corrections.models import Correction
from portal.forms import HoneypotMixin

PREFIX = "champ_"


class CorrectionForm(HoneypotMixin, forms.Form):
    reason = forms.ChoiceField(
        label="Qu'est-ce qui ne va pas ?", widget=forms.RadioSelect, error_messages={"required": "Choisis un motif."}
    )
    message = forms.CharField(
        label="Précisions (facultatif)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        help_text="1 000 caractères au maximum. Ne donne pas d'informations sur d'autres personnes.",
        error_messages={"max_length": "1 000 caractères au maximum (là : %(show_value)d)."},
    )
    contact_name = forms.CharField(label="Ton nom (facultatif)", required=False, max_length=120)
    contact_email = forms.EmailField(
        label="Ton e-mail (facultatif)",
        required=False,
        help_text="Seulement si tu veux une réponse. Il reste privé et il est effacé après traitement.",
        error_messages={"invalid": "Cet e-mail n'a pas l'air complet (exemple : prenom@mail.fr)."},
    )

    def __init__(self, *args, page, page_type, **kwargs):
        super().__init__(*args, **kwargs)
        self.page, self.page_type = page, page_type
        self.current = fields.current_values(page, page_type)
        self.fields["reason"].choices = [(reason.value, reason.label) for reason in fields.REASONS[page_type]]
        for name in fields.CORRECTABLE[page_type]:
            field = fields.form_field(page, name)
            field.initial = self.current[name]
            self.fields[PREFIX + name] = field

    def value_fields(self):
        return [self[PREFIX + name] for name in fields.CORRECTABLE[self.page_type]]

    def proposed_values(self):
        proposed = {}
        for name in fields.CORRECTABLE[self.page_type]:
            value = self.cleaned_data.get(PREFIX + name)
            value = "" if value is None else str(value).strip()
            if value != self.current[name].strip():
                proposed[name] = value
        if self.cleaned_data.get("reason") in fields.CLOSE_SIGNUPS_REASONS and not self.page.signups_closed:
            proposed[fields.CLOSE_FIELD] = True
        return proposed

    def clean(self):
        cleaned = super().clean()
        unexplained = cleaned.get("reason") == Correction.Reason.OTHER and not cleaned.get("message", "").strip()
        if unexplained and not self.errors and not self.proposed_values():
            self.add_error("message", "Tu as choisi « Autre chose » : explique en quelques mots.")
        return cleaned
