"""A person, once: the same young person cannot take two seats, whatever the spelling, and counts are of people."""

import pytest
from django.core import mail

from opportunities.models import SignUp
from opportunities.offers.factories import OfferPageFactory, OfferSessionFactory, in_days
from opportunities.signups import booking, counting
from opportunities.signups.factories import SignUpFactory
from opportunities.signups.models import Attendance, SignUpStatus
from tests.opportunities.conftest import signup_data
from tests.transactions import committed

pytestmark = pytest.mark.django_db

FORM = {
    "first_name": "Inès",
    "last_name": "Martin",
    "age": "19",
    "email": "ines@impact-jeunes.example",
    "phone": "",
    "message": "",
}


def signup_path(offer, session):
    return f"{offer.url}inscription/{session.pk}/"


def test_contact_is_normalised_on_every_path(session):
    signup = SignUpFactory(
        slot=session, first_name="Inès", email="  Ines@Impact-Jeunes.EXAMPLE ", phone="+33 6 12 34 56 78"
    )
    assert signup.email == "ines@impact-jeunes.example"
    assert signup.phone == "06 12 34 56 78"
    assert len(signup.person_key) == 64 and "ines" not in signup.person_key


def test_the_same_person_twice_on_the_same_date_is_refused_with_a_link_by_email(client, offer, session):
    assert client.post(signup_path(offer, session), FORM).status_code == 302
    mail.outbox.clear()
    with committed():
        response = client.post(
            signup_path(offer, session), {**FORM, "first_name": "ines", "email": " INES@impact-jeunes.example"}
        )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Tu es déjà inscrit·e à cette date" in page
    assert "lien pour gérer ta première inscription" in page
    assert 'value="ines"' in page  # nothing typed is lost
    assert SignUp.objects.count() == 1
    [link] = mail.outbox
    assert link.to == ["ines@impact-jeunes.example"]
    assert SignUp.objects.get().cancel_token in link.body


def test_the_link_goes_to_the_first_address_not_to_whoever_typed(offer, session):
    first = booking.book(session, signup_data(email="", phone="06 12 34 56 78"))
    with pytest.raises(booking.SignUpRefused) as refusal:
        booking.book(session, signup_data(email="", phone="+33612345678"))
    assert refusal.value.existing == first


def test_one_date_per_offer_by_default_and_more_when_the_offer_allows(offer, session):
    other = OfferSessionFactory(page=offer, date=in_days(14))
    booking.book(session, signup_data())
    with pytest.raises(booking.SignUpRefused, match="on peut en réserver 1 au plus"):
        booking.book(other, signup_data())
    offer.max_signups_per_person = 2
    offer.save()
    assert booking.book(other, signup_data()).is_confirmed


def test_a_cancelled_sign_up_does_not_stand_in_the_way(session):
    booking.cancel(booking.book(session, signup_data()))
    assert booking.book(session, signup_data()).is_confirmed


def test_two_places_on_the_same_day_are_refused(offer_index, company, offer, session):
    elsewhere = OfferPageFactory(parent=offer_index, title="Masterclass", slug="masterclass", company=company)
    same_day = OfferSessionFactory(page=elsewhere, date=session.date)
    booking.book(session, signup_data())
    with pytest.raises(booking.SignUpRefused, match="deux endroits le même jour"):
        booking.book(same_day, signup_data())
    assert booking.book(OfferSessionFactory(page=elsewhere, date=in_days(20)), signup_data()).is_confirmed


def test_one_email_holds_a_limited_number_of_seats(settings, session):
    settings.SIGNUP_MAX_SEATS_PER_EMAIL = 3
    session.seats = 8
    session.save()
    for name in ("Ana", "Bilal", "Chloé"):  # brothers and sisters with a parent's e-mail
        booking.book(session, signup_data(first_name=name, email="famille@impact-jeunes.example"))
    with pytest.raises(booking.SignUpRefused, match="déjà réservé 3 places"):
        booking.book(session, signup_data(first_name="Dan", email="Famille@impact-jeunes.example"))
    assert SignUp.objects.count() == 3


def test_counts_are_of_distinct_people(client, offer, session):
    other = OfferSessionFactory(page=offer, date=in_days(12))
    for slot in (session, other):  # stored twice (say, by staff): still one young person
        SignUpFactory(slot=slot, first_name="Inès", email="ines@impact-jeunes.example", is_collegien=True, age=14)
    SignUpFactory(slot=session, first_name="Bilal", is_collegien=True, age=14, attendance=Attendance.ABSENT)
    SignUpFactory(slot=session, first_name="Chloé", is_collegien=True, age=14, status=SignUpStatus.WAITING)
    SignUpFactory(slot=session, first_name="Dan", age=19)
    assert counting.collegiens() == 1
    assert counting.young_people() == 2
    assert counting.people(counting.confirmed()) == 3
    assert counting.young_people(SignUp.objects.for_slot(other)) == 1
    html = client.get("/").content.decode()
    assert '<span class="figure__count">1</span> <span class="figure__target">/ 1000</span>' in html


def test_erased_contact_keeps_counting_the_person_once(session):
    from opportunities.signups.retention import erase_old_signups

    for slot in (session, OfferSessionFactory(page=session.page, date=in_days(12))):
        SignUpFactory(slot=slot, first_name="Inès", email="ines@impact-jeunes.example", is_collegien=True, age=14)
    erase_old_signups(days=-1)
    assert SignUp.objects.filter(email="").count() == 2
    assert counting.collegiens() == 1
