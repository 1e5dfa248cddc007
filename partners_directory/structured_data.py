"""schema.org JSON-LD for a partner page (Organization, with its address and position)."""

import json

from django.utils.safestring import mark_safe

from partners_directory.models import PartnerKind

SCHEMA_TYPES = {
    PartnerKind.FRANCE_TRAVAIL: "GovernmentOrganization",
    PartnerKind.CAP_EMPLOI: "GovernmentOrganization",
    PartnerKind.EPIDE: "GovernmentOrganization",
    PartnerKind.LOCAL_AUTHORITY: "GovernmentOrganization",
    PartnerKind.SCHOOL: "EducationalOrganization",
    PartnerKind.E2C: "EducationalOrganization",
    PartnerKind.COMPANY: "Corporation",
}
# Same escapes as Django's json_script: the JSON cannot close the <script> element.
ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


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
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": page.address,
            "postalCode": page.postcode,
            "addressLocality": page.commune,
            "addressCountry": "FR",
        }
    if page.has_position:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": float(page.latitude), "longitude": float(page.longitude)}
    if page.phone:
        data["telephone"] = page.phone
    if page.email:
        data["email"] = page.email
    if page.website:
        data["sameAs"] = [page.website]
    return data


def json_ld(page, request=None):
    return mark_safe(json.dumps(organization(page, request), ensure_ascii=False).translate(ESCAPES))  # noqa: S308
