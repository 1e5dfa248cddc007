"""The letter as an e-mail: the same templates and context for every subscriber, the test and the preview."""

from django.template.loader import render_to_string

from newsletter import composition
from newsletter.subscriptions import unsubscribe_url
from portal import mail

TEXT_TEMPLATE = "newsletter/emails/newsletter.txt"
HTML_TEMPLATE = "newsletter/emails/newsletter.html"


def context_for(newsletter, sections, unsubscribe, test=False):
    return {
        "newsletter": newsletter,
        "sections": sections,
        "web_url": newsletter.full_url if newsletter.live else "",
        "unsubscribe_url": unsubscribe,
        "test": test,
    }


def message_for(newsletter, sections, subscriber):
    url = unsubscribe_url(subscriber)
    headers = {
        # RFC 2369 and RFC 8058: mail apps show "Se désabonner" and unsubscribe with one POST.
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    context = context_for(newsletter, sections, url)
    return mail.compose(TEXT_TEMPLATE, context, [subscriber.email], headers=headers, html_template=HTML_TEMPLATE)


def preview_html(newsletter):
    return render_to_string(HTML_TEMPLATE, context_for(newsletter, composition.sections(newsletter), "#", test=True))
