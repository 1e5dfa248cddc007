"""The public pages of the contribution flow. Views do HTTP; intake, withdrawal and reports do the work."""

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from portal import ratelimit
from portal.visibility import visible
from stories.consent.models import Contribution
from stories.contributions import forms, intake, reports, withdrawal
from stories.story_page import StoryPage

PRIVATE_HEADERS = {"X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer"}
TOKEN_RATE_LIMIT = (30, 3600)
ATTEMPT_RATE_LIMIT = (30, 3600)
PARENT_PHOTO_SPEC = "max-800x800|format-jpeg"


def _render(request, template, context, status=200, private=False):
    response = TemplateResponse(request, f"stories/contribute/{template}", context, status=status)
    if private:
        for header, value in PRIVATE_HEADERS.items():
            response[header] = value
    return response


@never_cache
def contribute(request, index_page):
    context = {"page": index_page, "rate_limited": False, "photo_dropped": False}
    if request.method == "POST":
        form = forms.ContributionForm(request.POST, request.FILES)
        # Attempts have a loose limit (a form full of mistakes is sent again and again);
        # accepted stories the real one, checked once the form is valid.
        over_limit = ratelimit.hit(request, "story-contribution-attempt", *ATTEMPT_RATE_LIMIT) or (
            form.is_valid() and ratelimit.hit(request, "story-contribution", *settings.CONTRIBUTION_RATE_LIMIT)
        )
        if over_limit:
            # Nothing is wrong with what was typed: show it back, unvalidated, to send again later.
            context.update(
                form=forms.ContributionForm(initial=request.POST.dict()),
                rate_limited=True,
                photo_dropped=bool(request.FILES.get("photo")),
            )
            return _render(request, "contribute.html", context, status=429)
        if form.is_valid():
            contribution = intake.receive(form.cleaned_data, index_page)
            waiting = "?attente=parent" if contribution.status == Contribution.Status.AWAITING_PARENT else ""
            return HttpResponseRedirect(index_page.url + index_page.reverse_subpage("contribute_thanks") + waiting)
        context["photo_dropped"] = bool(request.FILES.get("photo"))
    else:
        form = forms.ContributionForm()
    context["form"] = form
    return _render(request, "contribute.html", context, status=400 if form.is_bound else 200)


def thanks(request, index_page):
    return _render(
        request, "thanks.html", {"page": index_page, "awaiting_parent": request.GET.get("attente") == "parent"}
    )


def _token_view_guard(request, scope):
    return request.method == "POST" and ratelimit.hit(request, scope, *TOKEN_RATE_LIMIT)


@never_cache
def parent_confirm(request, index_page, token):
    contribution = Contribution.objects.filter(parent_token=token).select_related("story").first()
    if contribution is None:
        raise Http404
    context = {"page": index_page, "contribution": contribution, "rate_limited": False}
    context.update(done=False, just_confirmed=False)
    if contribution.status != Contribution.Status.AWAITING_PARENT:
        context["done"] = True
        return _render(request, "parent_confirm.html", context, private=True)
    form = forms.ParentConsentForm(request.POST if request.method == "POST" else None, contribution=contribution)
    status = 200
    if request.method == "POST":
        if _token_view_guard(request, "story-parent"):
            context["rate_limited"] = True
            status = 429
        elif form.is_valid():
            intake.parent_confirms(contribution, form.cleaned_data)
            context.update(done=True, just_confirmed=True)
            return _render(request, "parent_confirm.html", context, private=True)
        else:
            status = 400
    context["form"] = form
    context["story_text"] = contribution.story.body if contribution.story else []
    if contribution.photo:
        rendition = contribution.photo.get_rendition(PARENT_PHOTO_SPEC)
        context.update(photo_width=rendition.width, photo_height=rendition.height)
    return _render(request, "parent_confirm.html", context, status=status, private=True)


@never_cache
def parent_photo(request, index_page, token):
    """The photo a parent is asked to authorise, shown only to the holder of the parent's link."""
    contribution = (
        Contribution.objects.filter(parent_token=token, status=Contribution.Status.AWAITING_PARENT)
        .select_related("photo")
        .first()
    )
    if contribution is None or contribution.photo is None:
        raise Http404
    rendition = contribution.photo.get_rendition(PARENT_PHOTO_SPEC)
    with rendition.file.open("rb") as photo:
        response = HttpResponse(photo.read(), content_type="image/jpeg")
    for header, value in PRIVATE_HEADERS.items():
        response[header] = value
    return response


@never_cache
def withdraw(request, index_page, token):
    contribution = withdrawal.contribution_for_token(token)
    if contribution is None:
        raise Http404
    context = {"page": index_page, "contribution": contribution, "withdrawn_now": False, "rate_limited": False}
    status = 200
    already = contribution.status in (Contribution.Status.WITHDRAWN, Contribution.Status.ERASED)
    if request.method == "POST" and not already:
        if _token_view_guard(request, "story-withdraw"):
            context["rate_limited"] = True
            status = 429
        else:
            withdrawal.withdraw(contribution)
            context["withdrawn_now"] = True
    context["already"] = already
    return _render(request, "withdraw.html", context, status=status, private=True)


@never_cache
def report(request, index_page, story_id):
    story = visible(StoryPage.objects.child_of(index_page)).filter(pk=story_id).first()
    if story is None:
        raise Http404
    context = {"page": index_page, "story": story, "rate_limited": False, "sent": False, "already": False}
    status = 200
    form = forms.ReportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        reporter = reports.Reporter.of(request)
        if ratelimit.hit(request, "story-report", *settings.STORY_REPORT_RATE_LIMIT) or ratelimit.hit(
            request, "story-report-session", *settings.STORY_REPORT_RATE_LIMIT, key=reporter.session
        ):
            context["rate_limited"] = True
            status = 429
        elif form.is_valid():
            filed = reports.file_report(story, form.cleaned_data["reason"], form.cleaned_data["details"], reporter)
            context.update(sent=True, already=filed is None)
        else:
            status = 400
    context["form"] = form
    return _render(request, "report.html", context, status=status)
