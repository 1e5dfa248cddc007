"""The public pages of "Besoin d'un coup de main ?". Views do HTTP; intake does the work."""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache

from neighbourhoods import intake
from neighbourhoods.forms import HelpRequestForm, ParentAgreementForm
from neighbourhoods.help_requests import HelpRequest
from portal import ratelimit
from portal.models import Territory

PRIVATE_HEADERS = {"X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer"}
ATTEMPT_RATE_LIMIT = (30, 3600)
TOKEN_RATE_LIMIT = (30, 3600)


def _render(request, template, context, status=200, private=False):
    response = TemplateResponse(request, f"neighbourhoods/{template}", context, status=status)
    if private:
        for header, value in PRIVATE_HEADERS.items():
            response[header] = value
    return response


def _initial(request):
    """`?quartier=<slug>` (from a neighbourhood's page) preselects the territory."""
    territory = Territory.objects.filter(slug=request.GET.get("quartier", "")).first()
    return {"territory": territory} if territory else {}


@never_cache
def ask_for_help(request):
    context = {"rate_limited": False}
    if request.method != "POST":
        context["form"] = HelpRequestForm(initial=_initial(request))
        return _render(request, "help_form.html", context)
    form = HelpRequestForm(request.POST)
    # A form full of mistakes is sent again and again: attempts have a loose limit, requests the real one.
    over_limit = ratelimit.hit(request, "help-request-attempt", *ATTEMPT_RATE_LIMIT) or (
        form.is_valid() and ratelimit.hit(request, "help-request", *settings.HELP_REQUEST_RATE_LIMIT)
    )
    if over_limit:
        context.update(form=HelpRequestForm(initial=request.POST.dict()), rate_limited=True)
        return _render(request, "help_form.html", context, status=429)
    if form.is_valid():
        help_request = intake.receive(form.cleaned_data)
        waiting = "?attente=parent" if help_request.status == HelpRequest.Status.AWAITING_PARENT else ""
        return HttpResponseRedirect(reverse("neighbourhoods:help_thanks") + waiting)
    context["form"] = form
    return _render(request, "help_form.html", context, status=400)


def thanks(request):
    return _render(request, "help_thanks.html", {"awaiting_parent": request.GET.get("attente") == "parent"})


@never_cache
def parent_agreement(request, token):
    help_request = HelpRequest.objects.filter(parent_token=token).select_related("territory").first()
    if help_request is None:
        raise Http404
    context = {"help_request": help_request, "rate_limited": False, "answer": None}
    if help_request.status != HelpRequest.Status.AWAITING_PARENT:
        context["answer"] = "deja"
        return _render(request, "parent_agreement.html", context, private=True)
    form = ParentAgreementForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if ratelimit.hit(request, "help-parent", *TOKEN_RATE_LIMIT):
            context["rate_limited"] = True
            status = 429
        elif request.POST.get("action") == "refuser":
            intake.parent_refuses(help_request)
            context["answer"] = "refus"
            return _render(request, "parent_agreement.html", context, private=True)
        elif form.is_valid():
            intake.parent_agrees(help_request)
            context["answer"] = "accord"
            return _render(request, "parent_agreement.html", context, private=True)
        else:
            status = 400
    context["form"] = form
    return _render(request, "parent_agreement.html", context, status=status, private=True)
