"""A list of values from a fixed vocabulary, stored as JSON and edited as checkboxes.

The choices live on the field class rather than in its arguments, so a new version
of the vocabulary does not need a migration. A list is stored in the vocabulary's order
(what the checkboxes give; an import may give any order): one stored form per set of
values, which the GeoJSON feed copies as it is.
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

    def get_prep_value(self, value):
        if isinstance(value, (list, tuple)):
            value = in_vocabulary_order(value, self.choices_list)
        return super().get_prep_value(value)

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


def in_vocabulary_order(values, choices):
    """`values` sorted as `choices` lists them; unknown values last, in their order."""
    rank = {key: position for position, (key, _label) in enumerate(choices)}
    return sorted(values, key=lambda value: rank.get(value, len(rank)) if isinstance(value, str) else len(rank))


class ThemesField(ChoiceListField):
    choices_list = vocabularies.THEME_CHOICES
    grouped_choices = vocabularies.THEME_GROUPS


class PublicsField(ChoiceListField):
    choices_list = vocabularies.PUBLIC_CHOICES


class NetworksField(ChoiceListField):
    choices_list = vocabularies.NETWORK_CHOICES


class ReceptionModesField(ChoiceListField):
    choices_list = vocabularies.RECEPTION_MODE_CHOICES
