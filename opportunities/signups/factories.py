"""Factories for sign-ups, shared by the tests and the demo content."""

import factory
from django.contrib.contenttypes.models import ContentType

from opportunities.signups.models import SignUp


class SignUpFactory(factory.django.DjangoModelFactory):
    """Pass `slot`: any Bookable. Stores a sign-up as is; `booking.book` applies the seat rules."""

    first_name = factory.Sequence(lambda n: f"Prénom{n}")
    last_name = "Exemple"
    age = 19
    email = factory.Sequence(lambda n: f"jeune{n}@impact-jeunes.example")

    class Meta:
        model = SignUp

    class Params:
        slot = None

    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(o.slot))
    object_id = factory.LazyAttribute(lambda o: o.slot.pk)
