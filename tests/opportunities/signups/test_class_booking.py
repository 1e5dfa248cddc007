"""A teacher books a testimony or a visit for a class: the headcount takes that many seats."""

import pytest
from django.core import mail

from opportunities.models import OfferSession, SignUp
from opportunities.offers.factories import OfferSessionFactory
from opportunities.offers.models import OfferType
from opportunities.signups import booking, counting
from tests.opportunities.conftest import signup_data
from tests.transactions import committed

pytestmark = pytest.mark.django_db

TEACHER = {
    "first_name": "Claire",
    "last_name": "Moreau",
    "email": "claire.moreau@ac-aix-marseille.example",
    "phone": "",
    "school": "Collège Manet",
    "school_class": "3e B",
    "is_collegien": "on",
    "headcount": "24",
    "message": "",
}


@pytest.fixture
def testimony(offer):
    offer.offer_type = OfferType.SCHOOL_TESTIMONY
    offer.save()
    return OfferSessionFactory(page=offer, seats=30)


def class_path(offer, session):
    return f"{offer.url}inscription/{session.pk}/classe/"


def class_data(**overrides):
    data = dict(TEACHER)
    data.update(is_collegien=True, headcount=24)
    data.update(overrides)
    return data


def test_a_teacher_books_24_seats_at_once(client, offer, testimony):
    with committed():
        response = client.post(class_path(offer, testimony), TEACHER)
    assert response.status_code == 302
    booked = SignUp.objects.get()
    assert booked.is_class_booking and booked.headcount == 24 and booked.is_confirmed
    assert OfferSession.objects.with_seats_taken().get(pk=testimony.pk).seats_left == 6
    assert testimony.seats_left == 6
    organiser = next(m for m in mail.outbox if m.to == ["entreprise@impact-jeunes.example"])
    assert "3e B" in organiser.body and "24 élèves" in organiser.body
    # 24 collégiens reached, whatever the rows.
    assert counting.collegiens() == 24


def test_a_class_that_does_not_fit_waits_as_one_group_and_is_not_overtaken(testimony):
    booking.book_class(testimony, class_data())
    waiting_class = booking.book_class(testimony, class_data(school_class="3e C", headcount=10))
    assert waiting_class.is_waiting
    late = booking.book(testimony, signup_data(first_name="Ana"))
    assert late.is_confirmed  # 6 seats were free for one person
    booking.cancel(late)
    waiting_class.refresh_from_db()
    assert waiting_class.is_waiting  # 6 free seats do not hold 10 pupils
    booking.cancel(SignUp.objects.get(school_class="3e B"))
    waiting_class.refresh_from_db()
    assert waiting_class.is_confirmed


def test_the_same_class_twice_and_a_class_bigger_than_the_date_are_refused(client, offer, testimony):
    booking.book_class(testimony, class_data())
    with pytest.raises(booking.SignUpRefused, match="déjà inscrite"):
        booking.book_class(testimony, class_data(school_class="3E b"))
    response = client.post(class_path(offer, testimony), {**TEACHER, "school_class": "4e A", "headcount": "31"})
    assert "une classe de 31 élèves n" in response.content.decode()
    assert 'value="Collège Manet"' in response.content.decode()


def test_formats_that_do_not_take_classes_refuse_them(client, offer, session):
    offer.offer_type = OfferType.INTERNSHIP_3E
    offer.save()
    assert client.get(class_path(offer, session)).status_code == 404
    with pytest.raises(booking.SignUpRefused, match="ne se réserve pas pour une classe"):
        booking.book_class(session, class_data())


def test_the_offer_page_offers_class_booking_to_teachers(client, offer, testimony):
    html = client.get(offer.url).content.decode()
    assert class_path(offer, testimony) in html
