"""The links of the letter's e-mails: confirm a subscription (second step of the double opt-in), unsubscribe."""

from django.http import Http404
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from newsletter import subscriptions
from newsletter.index_page import NewsletterIndexPage
from newsletter.subscriber import Subscriber
from newsletter.views import respond


def _index_page():
    return NewsletterIndexPage.objects.live().first()


@never_cache
def confirm(request, token):
    subscriber = subscriptions.subscriber_for_confirmation(token)
    context = {"page": _index_page(), "subscriber": subscriber, "confirmed": False}
    if subscriber is None:
        return respond(request, "confirm.html", context, status=404, private=True)
    if request.method == "POST" or subscriber.status == Subscriber.Status.CONFIRMED:
        subscriptions.confirm(subscriber)
        context["confirmed"] = True
    elif subscriber.status != Subscriber.Status.PENDING:
        raise Http404
    return respond(request, "confirm.html", context, private=True)


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
    return respond(request, "unsubscribe.html", context, private=True)
