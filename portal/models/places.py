"""Where something is: an address on the map, in a territory, or at a partner's.

One rule for every kind of place (an offer, an event, a partner): an item at a partner's reads
the partner's address live (street, postcode, commune, position), unless the item has an address
of its own (a street or a commune). Copying the partner's address would leave the item behind when
the partner moves; reading it keeps them together.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, When
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

# The fields of an address: read together, from the item or from its partner.
ADDRESS_FIELDS = ("address", "postcode", "commune", "latitude", "longitude")
# In SQL: the item has no address of its own (so it follows its partner, if it has one).
NO_OWN_ADDRESS = Q(address="", commune="")
AT_PARTNER = NO_OWN_ADDRESS & Q(place_partner__isnull=False)
# What `place_of_values` reads of an item, as `.values(*PLACE_VALUES)`: its address and its partner's.
# (Not the partner's name: it costs one more join of the page table, which doubled the offers' query.)
PLACE_VALUES = ("place_partner_id", *ADDRESS_FIELDS, *(f"place_partner__{name}" for name in ADDRESS_FIELDS))


def place_of_values(item):
    """The place of an item read as plain values (`PLACE_VALUES`), by the rule of `Place`, without page objects.

    A dict of the address fields shown, with `at_partner` (the item shows its partner's address),
    `label` (« 12 rue de la Paix, 13013 Marseille ») and `geo` ((latitude, longitude) or None).
    """
    at_partner = not (item["address"] or item["commune"]) and item["place_partner_id"] is not None
    prefix = "place_partner__" if at_partner else ""
    place = {name: item[prefix + name] for name in ADDRESS_FIELDS}
    place["at_partner"] = at_partner
    town = " ".join(part for part in (place["postcode"], place["commune"]) if part)
    place["label"] = ", ".join(part for part in (place["address"], town) if part)
    has_position = place["latitude"] is not None and place["longitude"] is not None
    place["geo"] = (place["latitude"], place["longitude"]) if has_position else None
    return place


class PlaceQuerySet(models.QuerySet):
    """Filters on a place as visitors see it: the item's own, or its partner's."""

    def with_place(self):
        return self.select_related("territory", "place_partner", "place_partner__territory")

    def in_territory(self, slug):
        return self.filter(Q(territory__slug=slug) | Q(territory__isnull=True, place_partner__territory__slug=slug))

    def in_commune(self, commune):
        return self.filter(Q(commune__iexact=commune) | (AT_PARTNER & Q(place_partner__commune__iexact=commune)))

    def place_communes(self):
        """The communes these items take place in, sorted, each once."""
        shown = Case(When(AT_PARTNER, then=F("place_partner__commune")), default=F("commune"))
        communes = self.annotate(place_commune_value=shown).order_by().values_list("place_commune_value", flat=True)
        return sorted({commune for commune in communes.distinct() if commune})


class Place(models.Model):
    """An address and map position in a territory, or a partner's (read live: see the module's rule).

    A partner is its own place: `PartnerPage` removes `place_partner` (``place_partner = None``).
    """

    place_partner = models.ForeignKey(
        "partners_directory.PartnerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="lieu : chez un partenaire",
        help_text="Laisse l'adresse vide pour être chez ce partenaire : son adresse est reprise, et suit ses "
        "changements.",
    )
    address = models.CharField("adresse", max_length=255, blank=True)
    postcode = models.CharField("code postal", max_length=5, blank=True)
    commune = models.CharField("commune", max_length=80, blank=True)
    latitude = models.DecimalField(
        "latitude",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="Ex. 43.325100",
    )
    longitude = models.DecimalField(
        "longitude",
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="Ex. 5.405200",
    )
    territory = models.ForeignKey(
        "portal.Territory",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="territoire",
    )

    class Meta:
        abstract = True

    @classmethod
    def place_panels(cls, after_partner=(), after_territory=()):
        """The admin's "Lieu" panel, with the item's own fields (a venue name, an online link) where they fit."""
        return MultiFieldPanel(
            [
                FieldPanel("place_partner"),
                *after_partner,
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("commune")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("territory", help_text="Vide : celui du partenaire qui accueille."),
                *after_territory,
            ],
            heading="Lieu",
        )

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            message = "Indiquer la latitude et la longitude, ou aucune des deux."
            raise ValidationError({"latitude": message, "longitude": message})

    @property
    def has_own_address(self):
        """A street or a commune typed for the item itself (a postcode or a position alone is not a place)."""
        return bool(self.address or self.commune)

    def take_over_address(self):
        """Copy the partner's address into the item's own fields, when the item is to have its own from now on
        (a correction of its address, say): the item then stops following the partner."""
        host = self.host_partner
        if host is not None:
            for name in ADDRESS_FIELDS:
                setattr(self, name, getattr(host, name))

    @property
    def host_partner(self):
        """The partner whose address this item shows, or None when it has its own (the one rule)."""
        return None if self.has_own_address else self.place_partner

    @property
    def _address_source(self):
        return self.host_partner or self

    @property
    def place_address(self):
        return self._address_source.address

    @property
    def place_postcode(self):
        return self._address_source.postcode

    @property
    def place_commune(self):
        return self._address_source.commune

    @property
    def place_coordinates(self):
        """(latitude, longitude) of the place, or None."""
        source = self._address_source
        if source.latitude is None or source.longitude is None:
            return None
        return (source.latitude, source.longitude)

    @property
    def place_territory(self):
        if self.territory_id or self.place_partner is None:
            return self.territory
        return self.place_partner.territory

    @property
    def place_name(self):
        """The partner's name when the item takes place at its partner's."""
        host = self.host_partner
        return host.title if host else ""

    @property
    def place_label(self):
        """The address on one line: « 12 rue de la Paix, 13013 Marseille »."""
        town = " ".join(part for part in (self.place_postcode, self.place_commune) if part)
        return ", ".join(part for part in (self.place_address, town) if part)
