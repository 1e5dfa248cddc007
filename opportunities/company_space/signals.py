"""French e-mails to the company when moderators approve or send back one of its offers.

(What publishing does to sign-ups, e.g. added seats, is opportunities.offer_publishing's job.)
"""

from django.dispatch import receiver
from wagtail.signals import workflow_approved, workflow_rejected

from opportunities.company_space import emails
from opportunities.offers.offer_page import OfferPage


def _company_offer(workflow_state):
    page = workflow_state.content_object
    page = getattr(page, "specific", page)
    requester = workflow_state.requested_by
    if not isinstance(page, OfferPage) or requester is None or not hasattr(requester, "company_account"):
        return None, None
    return page, requester


@receiver(workflow_approved)
def offer_approved(sender, instance, user=None, **kwargs):
    page, requester = _company_offer(instance)
    if page is None:
        return
    emails.send_offer_reviewed(page, requester, approved=True)


@receiver(workflow_rejected)
def offer_sent_back(sender, instance, user=None, **kwargs):
    page, requester = _company_offer(instance)
    if page is None:
        return
    comment = instance.current_task_state.comment if instance.current_task_state else ""
    emails.send_offer_reviewed(page, requester, approved=False, comment=comment)
