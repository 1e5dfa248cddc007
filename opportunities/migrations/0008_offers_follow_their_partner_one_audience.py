"""Keep today's values under the new rules (opportunities/0007).

- Offers used to copy their partner's address (the place partner, else the company) when saved;
  now an offer at a partner's reads the partner's address live. An offer whose copied address is
  still its partner's becomes "at the partner's": its own address fields are emptied, the partner
  is named as its place, and a territory equal to the partner's is left to follow it. An offer
  whose address differs keeps it as its own.
- Events and offers now share one audience list, with the offers' stored values (they are in the
  public API): events' values are renamed.

Page revisions get the same changes, so that publishing an older draft does not bring the copy back.
"""

from decimal import Decimal

from django.db import migrations

ADDRESS_FIELDS = ("address", "postcode", "commune", "latitude", "longitude")
EVENT_AUDIENCES = {
    "everyone": "tous",
    "middle_school": "collegiens",
    "high_school": "lyceens",
    "young_adults": "16_25",
    "under_30": "moins_30",
}
EVENT_AUDIENCES_BACK = {new: old for old, new in EVENT_AUDIENCES.items()} | {"collegiens_3e": "middle_school"}


def _value(name, value):
    if name in ("latitude", "longitude"):
        return Decimal(str(value)) if value not in (None, "") else None
    return value or ""


def _same_address(values, partner):
    return all(_value(name, values.get(name)) == _value(name, getattr(partner, name)) for name in ADDRESS_FIELDS)


def _follow_partner(values, partners):
    """Turn a copied address into "at the partner's" in `values` (a dict of fields); True when changed."""
    partner = partners.get(values.get("place_partner") or values.get("company"))
    if partner is None or not _same_address(values, partner):
        return False
    for name in ADDRESS_FIELDS:
        values[name] = None if name in ("latitude", "longitude") else ""
    values["place_partner"] = partner.pk
    if values.get("territory") == partner.territory_id:
        values["territory"] = None
    return True


def _revisions(apps, model_name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="opportunities", model=model_name).first()
    return Revision.objects.filter(content_type=content_type) if content_type else Revision.objects.none()


def offers_follow_their_partner(apps, schema_editor):
    OfferPage = apps.get_model("opportunities", "OfferPage")
    PartnerPage = apps.get_model("partners_directory", "PartnerPage")
    partners = {partner.pk: partner for partner in PartnerPage.objects.all()}
    for offer in OfferPage.objects.all():
        values = {name: getattr(offer, name) for name in ADDRESS_FIELDS}
        values.update(place_partner=offer.place_partner_id, company=offer.company_id, territory=offer.territory_id)
        if _follow_partner(values, partners):
            for name in ADDRESS_FIELDS:
                setattr(offer, name, values[name])
            offer.place_partner_id, offer.territory_id = values["place_partner"], values["territory"]
            offer.save(update_fields=[*ADDRESS_FIELDS, "place_partner", "territory"])
    for revision in _revisions(apps, "offerpage"):
        if _follow_partner(revision.content, partners):
            revision.save(update_fields=["content"])


def offers_copy_their_partner(apps, schema_editor):
    """Backwards: copy the partner's address into the offers that follow it, as the old save() did."""
    OfferPage = apps.get_model("opportunities", "OfferPage")
    for offer in OfferPage.objects.filter(address="").select_related("place_partner", "company"):
        partner = offer.place_partner or offer.company
        if partner is None:
            continue
        for name in ADDRESS_FIELDS:
            setattr(offer, name, getattr(partner, name))
        offer.territory_id = offer.territory_id or partner.territory_id
        offer.save(update_fields=[*ADDRESS_FIELDS, "territory"])


def _rename_event_audiences(apps, mapping):
    EventPage = apps.get_model("opportunities", "EventPage")
    for old, new in mapping.items():
        EventPage.objects.filter(audience=old).update(audience=new)
    for revision in _revisions(apps, "eventpage"):
        if revision.content.get("audience") in mapping:
            revision.content["audience"] = mapping[revision.content["audience"]]
            revision.save(update_fields=["content"])


def one_audience_list(apps, schema_editor):
    _rename_event_audiences(apps, EVENT_AUDIENCES)


def two_audience_lists(apps, schema_editor):
    _rename_event_audiences(apps, EVENT_AUDIENCES_BACK)


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0007_one_place_model_and_audience"),
        ("partners_directory", "0003_one_place_model"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(offers_follow_their_partner, offers_copy_their_partner),
        migrations.RunPython(one_audience_list, two_audience_lists),
    ]
