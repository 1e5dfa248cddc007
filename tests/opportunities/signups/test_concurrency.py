"""Many people clicking "je m'inscris" for the last seats at the same moment: nobody is oversold."""

import datetime
import threading

import pytest
from django.db import connection
from django.utils import timezone

from opportunities.models import OfferSession, SignUp
from opportunities.offers.factories import OfferSessionFactory
from opportunities.signups import booking, consent
from opportunities.signups.factories import SignUpFactory
from tests.opportunities.conftest import signup_data


def sign_up_at_once(session, people):
    barrier = threading.Barrier(people)
    errors = []

    def sign_up(n):
        try:
            barrier.wait(timeout=10)
            booking.book(
                OfferSession.objects.get(pk=session.pk),
                signup_data(first_name=f"Jeune {n}", email=f"jeune{n}@impact-jeunes.example"),
            )
        except Exception as error:  # reported below, a thread cannot fail the test itself
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_thirty_people_for_ten_seats(postgres_only, offer):
    session = OfferSessionFactory(page=offer, seats=10)

    sign_up_at_once(session, 30)

    assert SignUp.objects.confirmed().count() == 10
    assert SignUp.objects.waiting().count() == 20
    assert OfferSession.objects.with_seats_taken().get(pk=session.pk).seats_left == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ten_people_for_the_last_three_seats_then_cancellations(postgres_only, offer):
    session = OfferSessionFactory(page=offer, seats=5)
    for _ in range(2):
        SignUpFactory(slot=session)

    sign_up_at_once(session, 10)

    assert SignUp.objects.confirmed().count() == 5
    waiting = list(SignUp.objects.waiting().order_by("created_at", "pk"))
    assert len(waiting) == 7

    cancelling = list(SignUp.objects.confirmed()[:3])
    threads = [threading.Thread(target=lambda s=s: (booking.cancel(s), connection.close())) for s in cancelling]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert SignUp.objects.confirmed().count() == 5
    promoted = set(SignUp.objects.confirmed().values_list("pk", flat=True))
    assert {person.pk for person in waiting[:3]} <= promoted


def run_at_once(jobs):
    barrier = threading.Barrier(len(jobs))
    errors = []

    def run(job):
        try:
            barrier.wait(timeout=10)
            job()
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []


def person(n, minor):
    extra = {"age": 14, "parent_name": "Parent", "parent_email": f"parent{n}@impact-jeunes.example"} if minor else {}
    return signup_data(first_name=f"Jeune {n}", email=f"jeune{n}@impact-jeunes.example", **extra)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parental_holds_count_against_seats_and_expire_under_concurrency(postgres_only, offer):
    session = OfferSessionFactory(page=offer, seats=6)
    slot = OfferSession.objects.get(pk=session.pk)

    run_at_once([lambda n=n: booking.book(slot, person(n, minor=n % 2 == 0)) for n in range(16)])

    assert SignUp.objects.holding_seats().count() == 6
    assert SignUp.objects.waiting().count() == 10
    held = SignUp.objects.pending().count()

    # Every hold expires while ten more people sign up and two release jobs run at the same moment.
    later = timezone.now() + consent.hold_period() + datetime.timedelta(minutes=1)
    jobs = [lambda n=n: booking.book(slot, person(n, minor=False)) for n in range(100, 110)]
    jobs += [lambda: booking.release_expired_holds(now=later) for _ in range(2)]
    run_at_once(jobs)

    released = SignUp.objects.filter(status="cancelled")
    assert released.count() >= held and set(released.values_list("age", flat=True)) == {14}
    assert not SignUp.objects.pending().filter(hold_until__lte=later).exists()
    assert SignUp.objects.holding_seats().count() == 6
    assert OfferSession.objects.with_seats_taken().get(pk=session.pk).seats_left == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_class_bookings_and_people_never_overfill_a_date(postgres_only, offer):
    from opportunities.offers.models import OfferType

    offer.offer_type = OfferType.SCHOOL_TESTIMONY
    offer.save()
    session = OfferSessionFactory(page=offer, seats=30)
    slot = OfferSession.objects.get(pk=session.pk)

    def class_of(n, headcount):
        data = signup_data(first_name=f"Prof {n}", email=f"prof{n}@impact-jeunes.example", age=0)
        data.update(school="Collège Manet", school_class=f"3e {n}", headcount=headcount, is_collegien=True)
        del data["age"]
        return data

    jobs = [lambda n=n: booking.book_class(slot, class_of(n, 12)) for n in range(4)]
    jobs += [lambda n=n: booking.book(slot, person(n, minor=n % 2 == 0)) for n in range(200, 210)]
    run_at_once(jobs)

    assert SignUp.objects.holding_seats().seats_used() <= 30
    assert OfferSession.objects.with_seats_taken().get(pk=session.pk).seats_taken <= 30
    assert SignUp.objects.filter(is_class_booking=True).count() == 4
