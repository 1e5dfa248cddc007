import pytest
from django.core import mail

from opportunities.models import OfferSession, SignUp, SignUpStatus
from opportunities.signups import booking, counting
from opportunities.signups.factories import SignUpFactory
from tests.opportunities.conftest import signup_data
from tests.transactions import committed

pytestmark = pytest.mark.django_db


def test_seats_then_waiting_list(session):
    first = booking.book(session, signup_data(first_name="Ana"))
    second = booking.book(session, signup_data(first_name="Bilal"))
    third = booking.book(session, signup_data(first_name="Chloé"))

    assert [first.status, second.status, third.status] == ["confirmed", "confirmed", "waiting"]
    session = OfferSession.objects.get(pk=session.pk)
    assert (session.seats_taken, session.seats_left, session.is_full, session.waiting_count) == (2, 0, True, 1)


def test_confirmation_mail_has_the_private_cancel_link_and_the_company_is_told(session):
    with committed():
        signup = booking.book(session, signup_data())

    to_person, to_company = mail.outbox
    assert to_person.to == ["ines@impact-jeunes.example"]
    assert "confirmée" in to_person.subject and "Visite de la plateforme" in to_person.subject
    assert f"http://testserver/inscriptions/{signup.cancel_token}/annuler/" in to_person.body
    assert to_company.to == ["entreprise@impact-jeunes.example"]
    assert "Inès Martin, 19 ans" in to_company.body
    assert signup.cancel_token not in to_company.body


def test_waiting_list_mail_says_so(session):
    session.seats = 0
    session.save()
    with committed():
        booking.book(session, signup_data())
    assert "liste d'attente" in mail.outbox[0].subject
    assert "liste d'attente" in mail.outbox[1].subject


def test_no_mail_to_a_person_without_email(session):
    with committed():
        booking.book(session, signup_data(email="", phone="06 12 34 56 78"))
    assert [message.to for message in mail.outbox] == [["entreprise@impact-jeunes.example"]]


def test_cancelling_promotes_the_first_person_waiting_and_mails_them(session):
    confirmed = [booking.book(session, signup_data(first_name=name)) for name in ("Ana", "Bilal")]
    waiting = [booking.book(session, signup_data(first_name=name, email=f"{name}@x.example")) for name in "CDE"]
    mail.outbox.clear()

    with committed():
        promoted = booking.cancel(confirmed[0])

    assert [person.pk for person in promoted] == [waiting[0].pk]
    statuses = dict(SignUp.objects.values_list("first_name", "status"))
    assert statuses == {"Ana": "cancelled", "Bilal": "confirmed", "C": "confirmed", "D": "waiting", "E": "waiting"}
    promotion = next(message for message in mail.outbox if message.to == ["c@x.example"])
    assert "une place s'est libérée" in promotion.subject
    assert waiting[0].cancel_token in promotion.body
    notice = next(message for message in mail.outbox if message.to == ["entreprise@impact-jeunes.example"])
    assert "Désistement" in notice.subject and "C Martin" in notice.body


def test_cancelling_from_the_waiting_list_promotes_nobody(session):
    for name in ("Ana", "Bilal", "Chloé"):
        booking.book(session, signup_data(first_name=name))
    assert booking.cancel(SignUp.objects.get(first_name="Chloé")) == []
    assert SignUp.objects.confirmed().count() == 2


def test_cancelling_twice_changes_nothing(session):
    signup = booking.book(session, signup_data())
    booking.cancel(signup)
    mail.outbox.clear()
    with committed():
        assert booking.cancel(signup) == []
    assert mail.outbox == []


def test_added_seats_go_to_the_waiting_list_in_order(session):
    for name in ("Ana", "Bilal", "Chloé", "Dan", "Eva"):
        booking.book(session, signup_data(first_name=name))
    session.seats = 4
    session.save()
    promoted = booking.fill_free_seats(session)
    assert [person.first_name for person in promoted] == ["Chloé", "Dan"]


def test_seat_counts_in_one_query_for_many_slots(offer, django_assert_num_queries):
    from opportunities.offers.factories import OfferSessionFactory

    sessions = [OfferSessionFactory(page=offer, seats=3) for _ in range(4)]
    for index, slot in enumerate(sessions):
        for _ in range(index):
            SignUpFactory(slot=slot)
        SignUpFactory(slot=slot, status=SignUpStatus.WAITING)
        SignUpFactory(slot=slot, status=SignUpStatus.CANCELLED)
    with django_assert_num_queries(1):
        annotated = list(OfferSession.objects.filter(pk__in=[s.pk for s in sessions]).with_seats_taken())
        counts = [(s.seats_taken, s.seats_left, s.waiting_count) for s in annotated]
    assert counts == [(0, 3, 1), (1, 2, 1), (2, 1, 1), (3, 0, 1)]


def test_collegiens_figure_counts_confirmed_collegiens_only(session, client):
    SignUpFactory(slot=session, is_collegien=True, school="Collège Pythéas", school_class="3e B", age=14)
    SignUpFactory(slot=session, is_collegien=True, age=14, status=SignUpStatus.WAITING)
    SignUpFactory(slot=session, is_collegien=True, age=14, status=SignUpStatus.CANCELLED)
    SignUpFactory(slot=session, is_collegien=False)
    assert counting.collegiens() == 1
    html = client.get("/").content.decode()
    assert '<span class="figure__count">1</span> <span class="figure__target">/ 1000</span>' in html
