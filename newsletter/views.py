"""The letter's page: the subscription form, and how the letter's public pages are rendered.

Confirming and unsubscribing, reached from the links of the e-mails, are in `link_views`.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from newsletter import subscriptions
from newsletter.forms import SubscribeForm
from newsletter.newsletter_page import NewsletterPage
from portal import ratelimit
from portal.visibility import visible

PRIVATE_HEADERS = {"X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer", "Cache-Control": "private"}


def respond(request, template, context, status=200, private=False):
    response = TemplateResponse(request, f"newsletter/{template}", context, status=status)
    if private:
        for header, value in PRIVATE_HEADERS.items():
            response[header] = value
    return response


@never_cache
def subscribe(request, index_page):
    context = {"page": index_page, "sent": False, "rate_limited": False}
    context["issues"] = visible(NewsletterPage.objects.child_of(index_page)).order_by("-first_published_at")[:12]
    status = 200
    if request.method == "POST":
        form = SubscribeForm(request.POST)
        if ratelimit.hit(request, "newsletter-subscribe", *settings.NEWSLETTER_SUBSCRIBE_RATE_LIMIT):
            context["rate_limited"] = True
            status = 429
        elif form.is_valid():
            subscriptions.subscribe(form.cleaned_data["email"], request)
            context["sent"] = True
            form = SubscribeForm()
        else:
            status = 400
    else:
        form = SubscribeForm()
    context["form"] = form
    return respond(request, "subscribe.html", context, status=status)
