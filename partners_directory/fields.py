"""A list of values from a fixed vocabulary, stored as JSON and edited as checkboxes.

The choices live on the field class rather than in its arguments, so a new version
of the vocabulary does not need a migration.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from partners_directory import vocabularies


class ChoiceListField(models.JSONField):
    choices_list = []
    grouped_choices = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        known = {key for key, _label in self.choices_list}
        unknown = [item for item in value or [] if item not in known]
        if unknown:
            raise ValidationError("Valeur inconnue : %(values)s.", params={"values": ", ".join(map(str, unknown))})

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.grouped_choices or self.choices_list,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


class ThemesField(ChoiceListField):
    choices_list = vocabularies.THEME_CHOICES
    grouped_choices = vocabularies.THEME_GROUPS


class PublicsField(ChoiceListField):
    choices_list = vocabularies.PUBLIC_CHOICES


class NetworksField(ChoiceListField):
    choices_list = vocabularies.NETWORK_CHOICES


class ReceptionModesField(ChoiceListField):
    choices_list = vocabularies.RECEPTION_MODE_CHOICES
