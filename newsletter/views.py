"""The public side of the letter: subscribe, confirm (second step of the double opt-in), unsubscribe."""

from django.conf import settings
from django.http import Http404
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from newsletter import subscriptions
from newsletter.forms import SubscribeForm
from newsletter.models import NewsletterIndexPage, NewsletterPage, Subscriber
from portal import ratelimit
from portal.visibility import visible

PRIVATE_HEADERS = {"X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer", "Cache-Control": "private"}


def _render(request, template, context, status=200, private=False):
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
    return _render(request, "subscribe.html", context, status=status)


def _index_page():
    return NewsletterIndexPage.objects.live().first()


@never_cache
def confirm(request, token):
    subscriber = subscriptions.subscriber_for_confirmation(token)
    context = {"page": _index_page(), "subscriber": subscriber, "confirmed": False}
    if subscriber is None:
        return _render(request, "confirm.html", context, status=404, private=True)
    if request.method == "POST" or subscriber.status == Subscriber.Status.CONFIRMED:
        subscriptions.confirm(subscriber)
        context["confirmed"] = True
    elif subscriber.status != Subscriber.Status.PENDING:
        raise Http404
    return _render(request, "confirm.html", context, private=True)


@csrf_exempt  # RFC 8058: mail apps unsubscribe with a bare POST, without our CSRF cookie
@never_cache
def unsubscribe(request, token):
    subscriber = Subscriber.objects.filter(token=token).first()
    if subscriber is None:
        raise Http404
    context = {"page": _index_page(), "done": subscriber.status == Subscriber.Status.UNSUBSCRIBED}
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber)
        context["done"] = True
    return _render(request, "unsubscribe.html", context, private=True)
