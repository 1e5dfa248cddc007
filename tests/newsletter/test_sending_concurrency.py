"""Several workers sending the same letter at once (a retry, two db_worker processes): nobody gets it twice."""

import threading
from collections import Counter

import pytest
from django.core import mail
from django.db import connection

from newsletter import sending
from newsletter.models import Delivery


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_four_workers_send_each_letter_once(postgres_only, newsletter, subscribers, settings):
    settings.NEWSLETTER_BATCH_SIZE = 3
    people = subscribers(20)
    barrier = threading.Barrier(4)
    errors = []

    def work():
        try:
            barrier.wait(timeout=10)
            sending.send_newsletter.call(newsletter.pk)
        except Exception as error:  # reported below, a thread cannot fail the test itself
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    received = Counter(address for message in mail.outbox for address in message.to)
    assert received == Counter({person.email: 1 for person in people})
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 20
