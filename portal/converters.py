"""`<id:…>` in URL patterns: a database id, at most 18 digits.

Django's `<int:…>` accepts any number of digits, and a number past 64 bits reaches the database
and fails there (a 500). With `<id:…>` such a URL simply does not match: a 404.
Import this module before declaring a pattern that uses it.
"""

from django.urls import register_converter
from django.urls.converters import IntConverter


class IdConverter(IntConverter):
    regex = "[0-9]{1,18}"


register_converter(IdConverter, "id")
