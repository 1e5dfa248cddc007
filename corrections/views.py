"""Public forms: "Proposer une correction" (partner) and "Signaler cette offre" (offer)."""

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from corrections import fields, service
from corrections.forms import CorrectionForm
from opportunities.models import OfferPage
from partners_directory.models import PartnerPage
from portal import ratelimit
from portal.visibility import visible

PAGES = {fields.PARTNER: PartnerPage, fields.OFFER: OfferPage}


def _form_view(request, page_id, page_type, template):
    page = visible(PAGES[page_type].objects.all()).filter(pk=page_id).first()
    if page is None:
        raise Http404
    context = {"target": page, "sent": False, "rate_limited": False}
    status = 200
    form = CorrectionForm(request.POST if request.method == "POST" else None, page=page, page_type=page_type)
    if request.method == "POST":
        if ratelimit.hit(request, "correction", *settings.CORRECTION_RATE_LIMIT):
            context["rate_limited"] = True
            status = 429
        elif form.is_valid():
            service.file_correction(page, page_type, form)
            context["sent"] = True
        else:
            status = 400
    context["form"] = form
    response = TemplateResponse(request, f"corrections/{template}", context, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
def correct_partner(request, page_id):
    return _form_view(request, page_id, fields.PARTNER, "correct_partner.html")


@never_cache
def report_offer(request, page_id):
    return _form_view(request, page_id, fields.OFFER, "report_offer.html")
