"""What every public form shares: a spam trap and French error rendering."""

from django import forms

from portal import text
from portal.models.territories import Territory

HONEYPOT_FIELD = "site_web"


class HoneypotMixin:
    """A field hidden from people (CSS and aria-hidden) that only robots fill in.

    It also keeps invisible control characters out of every typed field (portal/text.py): one-line
    fields refuse line breaks, text areas accept them. Passwords are left as typed.
    """

    honeypot_message = "Ton envoi ressemble à celui d'un robot. Réessaie sans remplir le champ caché."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if not isinstance(field, forms.CharField) or isinstance(field.widget, forms.PasswordInput):
                continue
            multiline = isinstance(field.widget, forms.Textarea)
            field.validators.append(text.validate_text if multiline else text.validate_single_line)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label="Laisse ce champ vide",
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(self.honeypot_message, code="spam")
        return cleaned_data

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]


class SafeImageField(forms.FileField):
    """An optional photo from the public, checked and stripped of its metadata (see image_safety)."""

    def clean(self, data, initial=None):
        from portal.image_safety import clean_image

        uploaded = super().clean(data, initial)
        if not uploaded or uploaded is initial:
            return uploaded
        return clean_image(uploaded)


class TerritoryChoiceField(forms.ModelChoiceField):
    """« Ton quartier » in every public form (a story, a sign-up…), so each indicator breaks down by territory.

    Optional by default, with « Je ne sais pas » as the empty choice (the answer is then None); a form that
    needs the answer passes `required=True` and its own `empty_label`.
    """

    def __init__(self, *, label="Ton quartier (facultatif)", required=False, empty_label="Je ne sais pas", **kwargs):
        kwargs.setdefault(
            "error_messages",
            {"required": "Choisis ton quartier dans la liste.", "invalid_choice": "Choisis dans la liste."},
        )
        super().__init__(
            queryset=Territory.objects.order_by("name"),
            label=label,
            required=required,
            empty_label=empty_label,
            **kwargs,
        )
