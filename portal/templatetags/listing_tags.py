"""What a filtered listing says about itself: the filters in use (count and labels) and a title naming them."""

import datetime

from django import forms, template
from django.utils.formats import date_format

register = template.Library()

EMPTY = (None, "", False, [], ())


def _choice_label(field, value):
    for key, label in field.choices:
        if isinstance(label, list | tuple):  # a group of choices
            found = next((sub_label for sub_key, sub_label in label if str(sub_key) == str(value)), None)
            if found:
                return found
        elif str(key) == str(value):
            return label
    return str(value)


def _label(field, value):
    if isinstance(field, forms.BooleanField):
        return field.label
    if isinstance(field, forms.ModelChoiceField):
        return str(value)
    if isinstance(field, forms.ChoiceField):
        return _choice_label(field, value)
    if isinstance(value, datetime.date):
        return f"{field.label.lower()} {date_format(value, 'j F Y')}"
    return f"« {value} »"


@register.filter
def active_filters(filters):
    """Labels of the filters in use, in form order: a bound filter form (values it could not read are left
    out) or an object listing its chosen facets in `active` (the stories' filters)."""
    if filters is None:
        return []
    if hasattr(filters, "active"):
        return [facet.selected_label for facet in filters.active]
    if not filters.is_bound:
        return []
    filters.is_valid()
    return [
        _label(field, filters.cleaned_data[name])
        for name, field in filters.fields.items()
        if not field.widget.is_hidden and name not in filters.errors and filters.cleaned_data.get(name) not in EMPTY
    ]


@register.simple_tag
def listing_title(title, labels=(), page_obj=None):
    """ "Offres : Stage d'observation de 3e, Marseille – page 2 sur 3": the filters and the page, in the title."""
    text = str(title)
    if labels:
        text += " : " + ", ".join(str(label) for label in labels)
    if page_obj is not None and page_obj.number > 1:
        text += f" – page {page_obj.number} sur {page_obj.paginator.num_pages}"
    return text
