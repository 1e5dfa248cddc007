"""Counting a page view: who is not counted, and the one counter it adds to.

Nothing about the reader is stored or even kept in memory past the request: no cookie, no
address, no user agent, no identifier. A view adds one to the (page, day) counter with an
UPDATE … SET views = views + 1, so concurrent views never lose a count. Robots (by their user
agent), browser prefetches and logged-in staff are not counted.
"""

import logging

from crawlerdetect import CrawlerDetect
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from audience.models import PageViewDay

logger = logging.getLogger(__name__)


def is_robot(user_agent):
    return not user_agent or CrawlerDetect().isCrawler(user_agent)


def is_staff(user):
    return bool(user and user.is_authenticated and (user.is_staff or user.has_perm("wagtailadmin.access_admin")))


def is_prefetch(request):
    purpose = request.META.get("HTTP_SEC_PURPOSE", "") or request.META.get("HTTP_PURPOSE", "")
    return "prefetch" in purpose.lower()


def countable(request):
    return not (
        is_prefetch(request)
        or is_robot(request.META.get("HTTP_USER_AGENT", ""))
        or is_staff(getattr(request, "user", None))
    )


def record_view(page_id, day=None):
    day = day or timezone.localdate()
    counters = PageViewDay.objects.filter(page_id=page_id, day=day)
    try:
        if counters.update(views=F("views") + 1):
            return
        try:
            with transaction.atomic():
                PageViewDay.objects.create(page_id=page_id, day=day, views=1)
        except IntegrityError:  # another request created today's counter first
            counters.update(views=F("views") + 1)
    except DatabaseError:
        # A count is not worth a failed page.
        logger.exception("Page view of page %s not counted", page_id)
