"""schema.org JSON-LD for a partner page (Organization, with its address and position)."""

from partners_directory.kinds import PartnerKind
from portal import jsonld

SCHEMA_TYPES = {
    PartnerKind.FRANCE_TRAVAIL: "GovernmentOrganization",
    PartnerKind.CAP_EMPLOI: "GovernmentOrganization",
    PartnerKind.EPIDE: "GovernmentOrganization",
    PartnerKind.LOCAL_AUTHORITY: "GovernmentOrganization",
    PartnerKind.SCHOOL: "EducationalOrganization",
    PartnerKind.E2C: "EducationalOrganization",
    PartnerKind.COMPANY: "Corporation",
}


def organization(page, request=None):
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(page.kind, "Organization"),
        "name": page.title,
        "url": page.get_full_url(request),
    }
    if page.summary:
        data["description"] = page.summary
    if page.address or page.commune:
        data["address"] = jsonld.postal_address(page)
    if point := jsonld.geo(page):
        data["geo"] = point
    if page.phone:
        data["telephone"] = page.phone
    if page.email:
        data["email"] = page.email
    if page.website:
        data["sameAs"] = [page.website]
    return data


def json_ld(page, request=None):
    return jsonld.script_json(organization(page, request))
