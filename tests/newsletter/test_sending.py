"""A newsletter goes to every confirmed subscriber once, in batches, in the background; tests and previews."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db import IntegrityError, transaction

from newsletter import sending
from newsletter.models import Delivery, NewsletterPage, Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def batches(settings, monkeypatch):
    """Batches of 3, and a count of the mail connections opened."""
    settings.NEWSLETTER_BATCH_SIZE = 3
    opened = []
    original = sending.mail.get_connection

    def counting_connection(*args, **kwargs):
        opened.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(sending.mail, "get_connection", counting_connection)
    return opened


def send(newsletter, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sending.start(NewsletterPage.objects.get(pk=newsletter.pk))


def test_sent_once_to_each_confirmed_subscriber_in_batches(
    newsletter, subscribers, batches, django_capture_on_commit_callbacks
):
    confirmed = subscribers(7)
    subscribers(1, status=Subscriber.Status.PENDING, confirmed_at=None)
    subscribers(1, status=Subscriber.Status.UNSUBSCRIBED, email=None)

    send(newsletter, django_capture_on_commit_callbacks)

    assert sorted(address for message in mail.outbox for address in message.to) == sorted(s.email for s in confirmed)
    assert len(batches) == 3  # 7 people, 3 per batch, one connection per batch
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 7
    message = mail.outbox[0]
    assert message.subject == "La lettre de novembre"
    assert "Du banc au quai" in message.body
    html = message.alternatives[0][0]
    assert "Du banc au quai" in html and "http://testserver/histoires/du-banc-au-quai/" in html


def test_each_message_carries_its_own_one_click_unsubscribe(
    newsletter, subscribers, batches, django_capture_on_commit_callbacks
):
    [subscriber] = subscribers(1)

    send(newsletter, django_capture_on_commit_callbacks)

    [message] = mail.outbox
    url = f"http://testserver/lettre/desinscription/{subscriber.token}/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in message.body and url in message.alternatives[0][0]


def test_sending_again_sends_nothing_new(newsletter, subscribers, batches, django_capture_on_commit_callbacks):
    subscribers(4)
    send(newsletter, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 4

    send(newsletter, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 4

    [late] = subscribers(1)
    send(newsletter, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 5 and mail.outbox[-1].to == [late.email]


def test_a_failed_delivery_is_retried_by_the_next_sending_and_only_it(
    newsletter, subscribers, batches, monkeypatch, django_capture_on_commit_callbacks
):
    first, second = subscribers(2)
    original = sending.mail.send_batch

    def refuse_second(messages):
        return [message["to"] != [second.email] and original([message])[0] for message in messages]

    monkeypatch.setattr(sending.mail, "send_batch", refuse_second)
    send(newsletter, django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [[first.email]]
    assert Delivery.objects.get(subscriber=second).status == Delivery.Status.FAILED

    monkeypatch.setattr(sending.mail, "send_batch", original)
    send(newsletter, django_capture_on_commit_callbacks)
    assert [message.to for message in mail.outbox] == [[first.email], [second.email]]


def test_a_delivery_in_progress_is_never_sent_twice(newsletter, subscribers, batches):
    """A worker died mid-batch: its people may miss this letter, they never get it twice."""
    [subscriber] = subscribers(1)
    Delivery.objects.create(newsletter=newsletter, subscriber=subscriber, status=Delivery.Status.SENDING)

    assert sending.send_newsletter.call(newsletter.pk) == 0
    assert mail.outbox == []


def test_the_database_refuses_a_second_delivery_record(newsletter, subscribers):
    [subscriber] = subscribers(1)
    Delivery.objects.create(newsletter=newsletter, subscriber=subscriber)

    with pytest.raises(IntegrityError), transaction.atomic():
        Delivery.objects.create(newsletter=newsletter, subscriber=subscriber)


def test_an_unpublished_newsletter_is_not_sent(newsletter, subscribers):
    subscribers(2)
    newsletter.unpublish()

    assert sending.send_newsletter.call(newsletter.pk) == 0
    assert mail.outbox == []


def test_latest_sections_are_read_when_sent_and_chosen_ones_keep_their_order(newsletter, home_page):
    from news.factories import NewsIndexPageFactory, NewsPageFactory
    from newsletter.composition import sections

    index = NewsIndexPageFactory(parent=home_page)
    first, second = NewsPageFactory(parent=index, title="Un"), NewsPageFactory(parent=index, title="Deux")
    newsletter.body = [
        ("news", {"heading": "Choisies", "mode": "chosen", "count": 3, "pages": [second, first]}),
        ("events", {"heading": "Agenda", "mode": "latest", "count": 3, "pages": []}),
    ]
    newsletter.save_revision().publish()
    second.unpublish()

    [chosen] = sections(NewsletterPage.objects.get(pk=newsletter.pk))  # an empty section is left out

    assert [item.title for item in chosen.items] == ["Un"]
    assert chosen.items[0].url == "http://testserver/actualites/un/"


@pytest.fixture
def communication(django_user_model):
    user = django_user_model.objects.create_user(
        "lea", email="lea.communication@impact-jeunes.example", password="un-mot-de-passe-long"
    )
    user.groups.add(Group.objects.get(name="Communication"))
    return user


@pytest.mark.usefixtures("admin_templates")
def test_admin_send_page_counts_then_sends(client, newsletter, subscribers, communication):
    subscribers(3)
    client.force_login(communication)
    url = f"/admin/lettre/{newsletter.pk}/envoyer/"

    page = client.get(url).content.decode()
    assert "Envoyer à 3 abonnés" in page

    client.post(url)
    assert len(mail.outbox) == 3
    assert "Tous les abonnés confirmés l'ont reçue" in client.get(url).content.decode()


@pytest.mark.usefixtures("admin_templates")
def test_test_send_goes_to_oneself_only_from_the_draft(client, newsletter, subscribers, communication):
    subscribers(3)
    newsletter.title = "Brouillon de décembre"
    newsletter.save_revision()
    client.force_login(communication)

    client.post(f"/admin/lettre/{newsletter.pk}/test/")

    [message] = mail.outbox
    assert message.to == [communication.email]
    assert message.subject == "[Test] Brouillon de décembre"
    assert "List-Unsubscribe" not in message.extra_headers
    assert not Delivery.objects.exists()


@pytest.mark.usefixtures("admin_templates")
def test_email_preview_shows_the_letter(client, newsletter, communication):
    client.force_login(communication)

    html = client.get(f"/admin/lettre/{newsletter.pk}/apercu/").content.decode()

    assert "La lettre de novembre" in html and "Du banc au quai" in html


@pytest.mark.usefixtures("admin_templates")
def test_people_who_cannot_publish_cannot_send(client, newsletter, subscribers, django_user_model):
    subscribers(2)
    outsider = django_user_model.objects.create_user("curieux", password="un-mot-de-passe-long")
    client.force_login(outsider)

    client.post(f"/admin/lettre/{newsletter.pk}/envoyer/")

    assert mail.outbox == []
