"""Every model of the app, for Django (which looks for them here) and for the other apps.

Code inside this app imports the module that defines a model (`subscriber`, `newsletter_page`,
`index_page`), never this one: the index page routes to the subscription view.
"""

from newsletter.index_page import NewsletterIndexPage
from newsletter.newsletter_page import Delivery, NewsletterPage
from newsletter.subscriber import Subscriber, SubscriberQuerySet

__all__ = ["Delivery", "NewsletterIndexPage", "NewsletterPage", "Subscriber", "SubscriberQuerySet"]
