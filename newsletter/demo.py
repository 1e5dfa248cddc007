"""Demo letter: the subscription page, fictional subscribers and one letter already sent to them.

Nothing is e-mailed by the demo: the letter's deliveries are recorded as sent, as after a real sending.
"""

from django.utils import timezone

from newsletter import wording
from newsletter.factories import NewsletterIndexPageFactory, NewsletterPageFactory, SubscriberFactory
from newsletter.index_page import NewsletterIndexPage
from newsletter.newsletter_page import Delivery, NewsletterPage
from newsletter.subscriber import Subscriber
from portal.models import HomePage

SUBSCRIBERS = [
    ("amina.demo@impact-jeunes.example", Subscriber.Status.CONFIRMED),
    ("bilal.demo@impact-jeunes.example", Subscriber.Status.CONFIRMED),
    ("centre-social.demo@impact-jeunes.example", Subscriber.Status.CONFIRMED),
    ("prof-principal.demo@impact-jeunes.example", Subscriber.Status.CONFIRMED),
    ("entreprise.demo@impact-jeunes.example", Subscriber.Status.CONFIRMED),
    ("en-attente.demo@impact-jeunes.example", Subscriber.Status.PENDING),
]

LETTER_BODY = [
    (
        "paragraph",
        "<p>Ce mois-ci : un forum qui a fait le plein, de nouvelles portes ouvertes pour les stages de 3e et "
        "des histoires qui donnent envie.</p>",
    ),
    ("news", {"heading": "Les nouvelles", "mode": "latest", "count": 2, "pages": []}),
    ("stories", {"heading": "Leurs histoires", "mode": "latest", "count": 2, "pages": []}),
    ("offers", {"heading": "Des portes qui s'ouvrent", "mode": "latest", "count": 3, "pages": []}),
    ("events", {"heading": "À l'agenda", "mode": "latest", "count": 3, "pages": []}),
    (
        "call_to_action",
        {
            "title": "Et toi, ton histoire ?",
            "text": "Raconte ton parcours : il peut donner envie à d'autres jeunes de se lancer.",
            "link": {"label": "Raconte ton histoire", "page": None, "url": "/histoires/raconter/"},
        },
    ),
]


def load(report):
    index = NewsletterIndexPage.objects.first() or NewsletterIndexPageFactory(parent=HomePage.objects.first())
    for email, status in SUBSCRIBERS:
        if not Subscriber.objects.filter(email=email).exists():
            confirmed_at = timezone.now() if status == Subscriber.Status.CONFIRMED else None
            SubscriberFactory(
                email=email, status=status, confirmed_at=confirmed_at, consent_wording_version=wording.CURRENT
            )
    if not Subscriber.objects.filter(status=Subscriber.Status.UNSUBSCRIBED).exists():
        SubscriberFactory(email=None, status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now())
    letter = NewsletterPage.objects.filter(slug="lettre-de-novembre").first()
    if letter is None:
        letter = NewsletterPageFactory(
            parent=index,
            slug="lettre-de-novembre",
            title="Un forum, des stages, des histoires : la lettre du mois",
            intro="Bonjour ! Voici ce qui s'est passé dans les quartiers du programme, et ce qui arrive.",
            body=LETTER_BODY,
        )
        letter.save_revision().publish()
        now = timezone.now()
        NewsletterPage.objects.filter(pk=letter.pk).update(sending_started_at=now, sending_finished_at=now)
        Delivery.objects.bulk_create(
            [
                Delivery(
                    newsletter=letter, subscriber=subscriber, status=Delivery.Status.SENT, claimed_at=now, sent_at=now
                )
                for subscriber in Subscriber.objects.confirmed()
            ]
        )
