"""Corrections from the field: proposed on the public site, applied by a moderator in one action."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from corrections.models import Correction
from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory
from partners_directory.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners_directory.models import PartnerKind, PartnerPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(home_page):
    index = PartnerIndexPageFactory(parent=home_page)
    return PartnerPageFactory(
        parent=index,
        title="Mission locale Nord",
        kind=PartnerKind.MISSION_LOCALE,
        phone="04 91 00 00 00",
        opening_hours="Mo-Fr 09:00-12:00",
        address="1 rue du Port",
    )


@pytest.fixture
def offer(home_page):
    return OfferPageFactory(parent=OfferIndexPageFactory(parent=home_page), title="Visite du port")


@pytest.fixture
def moderator(client, django_user_model):
    user = django_user_model.objects.create_user(
        "sami", email="sami.moderation@impact-jeunes.example", password="un-mot-de-passe-long"
    )
    user.groups.add(Group.objects.get(name="Modérateurs"))
    return user


def partner_form(partner, **changes):
    data = {
        "reason": Correction.Reason.WRONG_INFO,
        "message": "",
        "contact_name": "",
        "contact_email": "",
        "site_web": "",
    }
    for name in (
        "summary",
        "address",
        "postcode",
        "commune",
        "phone",
        "email",
        "website",
        "opening_hours",
        "accessibility",
    ):
        data[f"champ_{name}"] = getattr(partner, name) or ""
    data.update(changes)
    return data


def test_partner_page_links_to_the_correction_form_prefilled(client, partner):
    assert f'href="/corriger/partenaire/{partner.pk}/"' in client.get(partner.url).content.decode()

    html = client.get(f"/corriger/partenaire/{partner.pk}/").content.decode()

    assert 'value="04 91 00 00 00"' in html and "Mo-Fr 09:00-12:00" in html


def test_a_correction_keeps_only_what_changed_and_tells_the_moderators(client, partner, moderator):
    response = client.post(
        f"/corriger/partenaire/{partner.pk}/",
        partner_form(partner, champ_phone="04 91 11 22 33", contact_email="voisine@impact-jeunes.example"),
    )

    assert response.status_code == 200 and "bien arrivé" in response.content.decode()
    correction = Correction.objects.get()
    assert correction.proposed_values == {"phone": "04 91 11 22 33"}
    assert correction.current_values["phone"] == "04 91 00 00 00"
    assert correction.contact_email == "voisine@impact-jeunes.example"
    [message] = mail.outbox
    assert message.to == [moderator.email]
    assert f"/admin/corrections/{correction.pk}/examiner/" in message.body


def test_the_correction_form_refuses_robots_and_bad_input(client, partner):
    assert client.post(f"/corriger/partenaire/{partner.pk}/", partner_form(partner, site_web="x")).status_code == 400
    response = client.post(
        f"/corriger/partenaire/{partner.pk}/", partner_form(partner, champ_email="pas-un-mail", reason="")
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Choisis un motif." in html and 'value="pas-un-mail"' in html
    assert not Correction.objects.exists()


def test_corrections_are_rate_limited(client, partner, settings):
    settings.CORRECTION_RATE_LIMIT = (1, 3600)
    client.post(f"/corriger/partenaire/{partner.pk}/", partner_form(partner, champ_phone="04 91 11 22 33"))

    response = client.post(f"/corriger/partenaire/{partner.pk}/", partner_form(partner, champ_phone="04 91 99 99 99"))

    assert response.status_code == 429
    assert Correction.objects.count() == 1


def test_an_unpublished_page_cannot_be_corrected(client, partner):
    partner.unpublish()
    assert client.get(f"/corriger/partenaire/{partner.pk}/").status_code == 404


@pytest.mark.usefixtures("admin_templates")
def test_moderator_sees_values_side_by_side_and_applies_them_in_one_action(client, partner, moderator):
    client.post(
        f"/corriger/partenaire/{partner.pk}/",
        partner_form(partner, champ_phone="04 91 11 22 33", champ_opening_hours="Mo-Fr 09:00-17:00"),
    )
    correction = Correction.objects.get()
    client.force_login(moderator)
    url = f"/admin/corrections/{correction.pk}/examiner/"

    html = client.get(url).content.decode()
    assert "04 91 00 00 00" in html and "04 91 11 22 33" in html and "Appliquer et publier" in html

    client.post(url, {"action": "apply"})

    partner = PartnerPage.objects.get(pk=partner.pk)
    assert (partner.phone, partner.opening_hours) == ("04 91 11 22 33", "Mo-Fr 09:00-17:00")
    assert partner.live and not partner.has_unpublished_changes
    assert partner.get_latest_revision().user == moderator
    correction.refresh_from_db()
    assert correction.status == Correction.Status.APPLIED and correction.handled_by == moderator
    assert "04 91 11 22 33" in client.get(partner.url).content.decode()


@pytest.mark.usefixtures("admin_templates")
def test_a_page_with_a_draft_in_progress_is_not_overwritten(client, partner, moderator):
    client.post(f"/corriger/partenaire/{partner.pk}/", partner_form(partner, champ_phone="04 91 11 22 33"))
    partner.summary = "Brouillon de l'éditrice"
    partner.save_revision()
    client.force_login(moderator)

    client.post(f"/admin/corrections/{Correction.objects.get().pk}/examiner/", {"action": "apply"})

    assert PartnerPage.objects.get(pk=partner.pk).phone == "04 91 00 00 00"
    assert Correction.objects.get().status == Correction.Status.OPEN


@pytest.mark.usefixtures("admin_templates")
def test_people_outside_moderation_cannot_apply(client, partner, django_user_model):
    client.post(f"/corriger/partenaire/{partner.pk}/", partner_form(partner, champ_phone="04 91 11 22 33"))
    editor = django_user_model.objects.create_user("camille", password="un-mot-de-passe-long")
    editor.groups.add(Group.objects.get(name="Éditeurs"))
    client.force_login(editor)

    response = client.post(f"/admin/corrections/{Correction.objects.get().pk}/examiner/", {"action": "apply"})

    assert response.status_code in (302, 403)
    assert PartnerPage.objects.get(pk=partner.pk).phone == "04 91 00 00 00"


@pytest.mark.usefixtures("admin_templates")
def test_an_offer_reported_gone_is_closed_when_the_report_is_applied(client, offer, moderator):
    assert f'href="/signaler/offre/{offer.pk}/"' in client.get(offer.url).content.decode()
    data = {"reason": Correction.Reason.GONE, "message": "L'entreprise a fermé.", "site_web": ""}
    data.update(
        {
            f"champ_{name}": getattr(offer, name)
            for name in ("address", "postcode", "commune", "contact", "what_to_bring", "accessibility")
        }
    )
    client.post(f"/signaler/offre/{offer.pk}/", data)
    correction = Correction.objects.get()
    assert correction.kind == Correction.Kind.OFFER and correction.proposed_values == {"signups_closed": True}
    client.force_login(moderator)

    client.post(f"/admin/corrections/{correction.pk}/examiner/", {"action": "apply"})

    offer.refresh_from_db()
    assert offer.signups_closed


def test_contacts_are_erased_after_the_retention_period(partner, moderator, settings):
    settings.CORRECTION_RETENTION_DAYS = 90
    old = Correction.objects.create(
        page=partner,
        kind=Correction.Kind.PARTNER,
        reason=Correction.Reason.OTHER,
        contact_name="Nadia",
        contact_email="nadia@impact-jeunes.example",
        status=Correction.Status.REJECTED,
        handled_at=timezone.now() - datetime.timedelta(days=91),
    )
    open_one = Correction.objects.create(
        page=partner,
        kind=Correction.Kind.PARTNER,
        reason=Correction.Reason.OTHER,
        contact_email="karim@impact-jeunes.example",
        created_at=timezone.now() - datetime.timedelta(days=200),
    )

    call_command("purge_corrections")

    old.refresh_from_db()
    open_one.refresh_from_db()
    assert (old.contact_name, old.contact_email) == ("", "") and old.contact_erased_at
    assert open_one.contact_email == "karim@impact-jeunes.example"


@pytest.mark.usefixtures("admin_templates")
def test_an_offer_at_its_partners_is_corrected_from_the_address_people_see(client, home_page, partner, moderator):
    company = PartnerPageFactory(
        parent=partner.get_parent(),
        title="Port de Marseille",
        kind=PartnerKind.COMPANY,
        address="1 quai du Port",
        postcode="13002",
        commune="Marseille",
    )
    offer = OfferPageFactory(
        parent=OfferIndexPageFactory(parent=home_page), company=company, address="", postcode="", commune=""
    )
    assert offer.place_address == "1 quai du Port"  # read from its company

    html = client.get(f"/signaler/offre/{offer.pk}/").content.decode()
    assert 'value="1 quai du Port"' in html

    data = {"reason": Correction.Reason.WRONG_INFO, "message": "", "site_web": ""}
    data.update({f"champ_{name}": "" for name in ("contact", "what_to_bring", "accessibility")})
    data.update({"champ_address": "3 quai du Port", "champ_postcode": "13002", "champ_commune": "Marseille"})
    client.post(f"/signaler/offre/{offer.pk}/", data)
    correction = Correction.objects.get()
    assert correction.proposed_values == {"address": "3 quai du Port"}
    client.force_login(moderator)
    client.post(f"/admin/corrections/{correction.pk}/examiner/", {"action": "apply"})

    offer.refresh_from_db()
    # The corrected address is the offer's own, whole; the company keeps its own.
    assert (offer.address, offer.postcode, offer.commune) == ("3 quai du Port", "13002", "Marseille")
    assert offer.place_label == "3 quai du Port, 13002 Marseille"
    assert PartnerPage.objects.get(pk=company.pk).address == "1 quai du Port"
