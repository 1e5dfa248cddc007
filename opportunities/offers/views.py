"""The offer listing, /offres/: filters that work without JavaScript, paginated cards."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from opportunities.offers.forms import OfferFilterForm
from opportunities.offers.listing import communes_with_offers, listed_offers

OFFERS_PER_PAGE = 12


def offer_listing(request, index_page):
    filter_form = OfferFilterForm(request.GET or None, communes=communes_with_offers())
    filters = filter_form.valid_filters() if request.GET else {}
    paginator = Paginator(listed_offers(filters, parent=index_page), OFFERS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    context = index_page.get_context(request)
    context.update(
        filter_form=filter_form,
        filters_active=bool(filters),
        offers=list(page_obj.object_list),
        page_obj=page_obj,
        result_count=paginator.count,
    )
    return TemplateResponse(request, index_page.get_template(request), context)
