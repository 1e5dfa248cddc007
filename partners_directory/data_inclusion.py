"""Exchange with data·inclusion (schema v1): export of partners and services, and their import.

Identifiers: an imported structure or service keeps its data·inclusion `id` in
`source_id`; one created here is exported as `impact-jeunes--<uuid of the page>`
(and `…--service-<pk>` for its services), so re-importing our own export finds
the same records instead of duplicating them. Two fields outside the schema,
`impact_jeunes_type` and `impact_jeunes_territoire`, carry what the schema has
no place for (the kind of structure, the programme territory); other consumers
ignore them.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

import pydantic
from data_inclusion.schema import v1
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify

from partners_directory.index_page import PartnerIndexPage
from partners_directory.kinds import PartnerKind
from partners_directory.partner_page import PartnerPage, PartnerService
from portal.models import Territory
from portal.visibility import visible

SOURCE = "impact-jeunes"
OWN_STRUCTURE_ID = re.compile(rf"^{SOURCE}--(?P<key>[0-9a-f-]{{36}})$")
KIND_NETWORKS = {
    PartnerKind.MISSION_LOCALE: "mission-locale",
    PartnerKind.FRANCE_TRAVAIL: "france-travail",
    PartnerKind.CAP_EMPLOI: "cap-emploi-reseau-cheops",
    PartnerKind.E2C: "ecoles-de-la-deuxieme-chance",
    PartnerKind.EPIDE: "epide",
    PartnerKind.LOCAL_AUTHORITY: "communes",
}
NETWORK_KINDS = {network: kind for kind, network in KIND_NETWORKS.items()}
POSTCODE = re.compile(r"^\d{5}$")


# --- Export ---------------------------------------------------------------------------


def structure_id(page):
    return page.source_id or f"{SOURCE}--{page.translation_key}"


def service_id(service, page):
    return service.source_id or f"{structure_id(page)}--service-{service.pk}"


def _date_maj(page):
    moment = page.last_published_at or page.latest_revision_created_at
    return timezone.localdate(moment) if moment else timezone.localdate()


def _plain(html):
    paragraphs = re.split(r"</(?:p|h\d|li)>", html or "")
    return "\n\n".join(text for text in (" ".join(strip_tags(part).split()) for part in paragraphs) if text)


def _description(page):
    parts = [page.summary.strip(), _plain(page.description)]
    text = "\n\n".join(part for part in parts if part)
    return text if len(text) >= 5 else None


def _name(text):
    text = text.strip()
    return text[:-1] if text.endswith(".") and not text.endswith("etc.") else text


def _location(page):
    return {
        "commune": page.commune or None,
        "code_postal": page.postcode if POSTCODE.match(page.postcode or "") else None,
        "adresse": page.address or None,
        "longitude": float(page.longitude) if page.longitude is not None else None,
        "latitude": float(page.latitude) if page.latitude is not None else None,
    }


def structure_data(page, request=None):
    return {
        "source": SOURCE,
        "id": structure_id(page),
        "nom": _name(page.title)[:150],
        "date_maj": _date_maj(page).isoformat(),
        "description": _description(page),
        "lien_source": page.get_full_url(request),
        **_location(page),
        "telephone": page.phone or None,
        "courriel": page.email or None,
        "site_web": page.website or None,
        "horaires_accueil": page.opening_hours or None,
        "accessibilite_lieu": page.accessibility_url or None,
        "reseaux_porteurs": sorted(page.networks) or None,
        "impact_jeunes_type": page.kind,
        "impact_jeunes_territoire": page.territory.slug if page.territory else None,
    }


def service_data(service, page, request=None):
    description = service.description.strip()
    if len(description) < 5:
        description = f"{service.name} – {page.title}"
    return {
        "source": SOURCE,
        "structure_id": structure_id(page),
        "id": service_id(service, page),
        "nom": _name(service.name)[:150],
        "description": description,
        "lien_source": page.get_full_url(request),
        "date_maj": _date_maj(page).isoformat(),
        "type": service.service_type or None,
        "thematiques": sorted(service.themes) or None,
        "publics": sorted(service.publics) or None,
        "modes_accueil": sorted(service.reception_modes) or None,
        **_location(page),
        "telephone": page.phone or None,
        "courriel": page.email or None,
    }


def exported_partners():
    return visible(PartnerPage.objects.all()).select_related("territory").prefetch_related("services").order_by("pk")


def export_structures(request=None):
    return [structure_data(page, request) for page in exported_partners()]


def export_services(request=None):
    return [service_data(service, page, request) for page in exported_partners() for service in page.services.all()]


# --- Import ---------------------------------------------------------------------------


class ImportFailed(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


@dataclass
class ImportReport:
    structures_created: int = 0
    structures_updated: int = 0
    services_created: int = 0
    services_updated: int = 0
    warnings: list = field(default_factory=list)

    def __str__(self):
        return (
            f"Structures : {self.structures_created} créée(s), {self.structures_updated} mise(s) à jour. "
            f"Services : {self.services_created} créé(s), {self.services_updated} mis à jour."
        )


def split_items(data):
    """(structures, services) from a file's JSON: {"structures": […], "services": […]} or one list of either."""
    if isinstance(data, dict) and ({"structures", "services"} & data.keys()):
        structures, services = data.get("structures") or [], data.get("services") or []
        if not isinstance(structures, list) or not isinstance(services, list):
            raise ImportFailed(["« structures » et « services » doivent être des listes."])
        return structures, services
    if isinstance(data, list):
        if not all(isinstance(item, dict) for item in data):
            raise ImportFailed(["Chaque élément de la liste doit être un objet JSON."])
        return [item for item in data if "structure_id" not in item], [item for item in data if "structure_id" in item]
    raise ImportFailed(
        [
            "Le fichier doit contenir une liste de structures ou de services, ou un objet avec les clés "
            "« structures » et « services »."
        ]
    )


def _errors(kind, position, item, error):
    label = f"{kind} n° {position}"
    if isinstance(item, dict) and item.get("id"):
        label += f" (id « {item['id']} »)"
    messages = []
    for detail in error.errors():
        where = ".".join(str(part) for part in detail["loc"]) or "objet"
        messages.append(f"{label} : champ « {where} » invalide ({detail['msg']}).")
    return messages


def validate(structures, services):
    """Validated (raw, model) pairs, or ImportFailed listing every bad item; nothing is written."""
    errors, valid_structures, valid_services = [], [], []
    for position, item in enumerate(structures, start=1):
        try:
            valid_structures.append((item, v1.Structure.model_validate(item)))
        except pydantic.ValidationError as error:
            errors.extend(_errors("Structure", position, item, error))
    for position, item in enumerate(services, start=1):
        try:
            valid_services.append((item, v1.Service.model_validate(item)))
        except pydantic.ValidationError as error:
            errors.extend(_errors("Service", position, item, error))
    known = {model.id for _item, model in valid_structures}
    for _item, model in valid_services:
        if model.structure_id not in known and find_partner(model.structure_id) is None:
            errors.append(f"Service « {model.id} » : la structure « {model.structure_id} » est inconnue.")
    if errors:
        raise ImportFailed(errors)
    return valid_structures, valid_services


def find_partner(identifier):
    partner = PartnerPage.objects.filter(source_id=identifier).first()
    if partner is None and (own := OWN_STRUCTURE_ID.match(identifier)):
        partner = PartnerPage.objects.filter(translation_key=own["key"], source_id="").first()
    return partner


def _find_service(identifier, services, page):
    for service in services:
        if service.source_id == identifier:
            return service
    for service in services:
        if not service.source_id and service.pk and service_id(service, page) == identifier:
            return service
    return None


def _unique_slug(parent, title):
    base = slugify(title)[:70] or "partenaire"
    slug, number = base, 2
    while parent.get_children().filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _coordinate(value):
    return Decimal(str(value)).quantize(Decimal("0.000001")) if value is not None else None


def _fill_partner(page, raw, model, territories):
    summary, _sep, rest = (model.description or "").partition("\n\n")
    if len(summary) > 300:
        summary, rest = "", model.description
    page.title = model.nom
    page.summary = summary
    page.description = "".join(f"<p>{paragraph}</p>" for paragraph in rest.split("\n\n") if paragraph.strip())
    page.networks = sorted(network.value for network in model.reseaux_porteurs or [])
    kind = raw.get("impact_jeunes_type")
    if kind in PartnerKind.values:
        page.kind = kind
    elif not page.kind:
        page.kind = next((NETWORK_KINDS[n] for n in page.networks if n in NETWORK_KINDS), PartnerKind.ASSOCIATION)
    if raw.get("impact_jeunes_territoire") in territories:
        page.territory = territories[raw["impact_jeunes_territoire"]]
    page.address = model.adresse or ""
    page.postcode = model.code_postal or ""
    page.commune = model.commune or ""
    page.latitude = _coordinate(model.latitude)
    page.longitude = _coordinate(model.longitude)
    page.phone = model.telephone or ""
    page.email = model.courriel or ""
    page.website = str(model.site_web) if model.site_web else ""
    page.opening_hours = model.horaires_accueil or ""
    page.accessibility_url = str(model.accessibilite_lieu) if model.accessibilite_lieu else ""


def _fill_service(service, model):
    service.name = model.nom
    service.description = model.description
    service.service_type = model.type.value if model.type else ""
    service.themes = sorted(theme.value for theme in model.thematiques or [])
    service.publics = sorted(public.value for public in model.publics or [])
    service.reception_modes = sorted(mode.value for mode in model.modes_accueil or [])


def _page_errors(identifier, error):
    return [
        f"Structure « {identifier} » : {'; '.join(messages)} (champ « {name} »)."
        for name, messages in error.message_dict.items()
    ]


@transaction.atomic
def import_items(structures, services):
    """Create or update partners and services from data·inclusion items: all of them, or none."""
    valid_structures, valid_services = validate(structures, services)
    index = PartnerIndexPage.objects.first()
    if index is None:
        raise ImportFailed(["Il n'y a pas encore de page « carte des partenaires » où ranger les structures."])
    territories = {territory.slug: territory for territory in Territory.objects.all()}
    report = ImportReport()
    services_by_structure = {}
    for _raw, model in valid_services:
        services_by_structure.setdefault(model.structure_id, []).append(model)
    pages, errors = {}, []
    for raw, model in valid_structures:
        page = find_partner(model.id)
        created = page is None
        if created:
            page = PartnerPage(source_id=model.id, kind="")
        _fill_partner(page, raw, model, territories)
        try:
            if created:
                page.slug = _unique_slug(index, page.title)
                index.add_child(instance=page)
            else:
                page.full_clean()
        except ValidationError as error:
            errors.extend(_page_errors(model.id, error))
            continue
        if created:
            report.structures_created += 1
        else:
            report.structures_updated += 1
        pages[model.id] = page
    if errors:
        # Raised inside the transaction: the structures saved so far are rolled back too.
        raise ImportFailed(errors)
    for identifier in services_by_structure.keys() - pages.keys():
        pages[identifier] = find_partner(identifier)
    for identifier, page in pages.items():
        current = list(page.services.all())
        for model in services_by_structure.get(identifier, []):
            service = _find_service(model.id, current, page)
            if service is None:
                service = PartnerService(source_id=model.id)
                current.append(service)
                report.services_created += 1
            else:
                report.services_updated += 1
            _fill_service(service, model)
        page.services = current
        page.save_revision().publish()
    return report
