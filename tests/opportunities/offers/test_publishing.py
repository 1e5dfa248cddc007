import datetime

import pytest
from django.core import mail
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from opportunities.models import OfferPage, SignUp
from opportunities.offers.factories import OfferSessionFactory, in_days
from opportunities.signups import booking
from tests.opportunities.conftest import signup_data
from tests.transactions import committed

pytestmark = pytest.mark.django_db


def publish(offer):
    offer = OfferPage.objects.get(pk=offer.pk)
    with committed():
        offer.save_revision().publish()


def test_cancelling_a_session_frees_and_mails_everyone(offer, session):
    confirmed = booking.book(session, signup_data(first_name="Ana", email="ana@x.example"))
    booking.book(session, signup_data(first_name="Bilal", email="bilal@x.example"))
    waiting = booking.book(session, signup_data(first_name="Chloé", email="chloe@x.example"))
    other_session = OfferSessionFactory(page=offer, date=in_days(20))
    elsewhere = booking.book(other_session, signup_data(first_name="Dan"))
    mail.outbox.clear()

    session.cancelled = True
    session.save()
    publish(offer)

    assert SignUp.objects.get(pk=confirmed.pk).is_cancelled
    assert SignUp.objects.get(pk=waiting.pk).is_cancelled
    assert SignUp.objects.get(pk=elsewhere.pk).is_confirmed
    told = sorted(message.to[0] for message in mail.outbox)
    assert told == ["ana@x.example", "bilal@x.example", "chloe@x.example"]
    assert all("Date annulée" in message.subject for message in mail.outbox)

    mail.outbox.clear()
    publish(offer)
    assert mail.outbox == []


def test_a_new_time_is_mailed_once_to_everyone_signed_up(offer, session):
    booking.book(session, signup_data(first_name="Ana", email="ana@x.example"))
    booking.book(session, signup_data(first_name="Bilal", email="bilal@x.example"))
    booking.book(session, signup_data(first_name="Chloé", email="chloe@x.example"))  # waiting list
    mail.outbox.clear()

    publish(offer)  # nothing changed: nobody is bothered
    assert mail.outbox == []

    session.start_time = datetime.time(14, 0)
    session.end_time = datetime.time(16, 30)
    session.save()
    publish(offer)

    assert sorted(message.to[0] for message in mail.outbox) == ["ana@x.example", "bilal@x.example", "chloe@x.example"]
    ana = next(message for message in mail.outbox if message.to == ["ana@x.example"])
    assert ana.subject.startswith("Nouvel horaire")
    assert "de 14 h à 16 h 30" in ana.body and "Ta place est gardée" in ana.body
    assert "/inscriptions/" in ana.body  # the private link to cancel
    chloe = next(message for message in mail.outbox if message.to == ["chloe@x.example"])
    assert "liste d'attente" in chloe.body

    mail.outbox.clear()
    publish(offer)
    assert mail.outbox == []


def test_added_seats_promote_the_waiting_list_on_publish(offer, session):
    for name in ("Ana", "Bilal", "Chloé"):
        booking.book(session, signup_data(first_name=name))
    session.seats = 3
    session.save()
    publish(offer)
    assert SignUp.objects.get(first_name="Chloé").is_confirmed


def test_a_session_with_sign_ups_cannot_be_deleted_in_the_editor(offer, session):
    booking.book(session, signup_data())
    form_class = OfferPage.get_edit_handler().get_form_class()
    data = nested_form_data(
        {
            "title": offer.title,
            "slug": offer.slug,
            "offer_type": offer.offer_type,
            "audience": offer.audience,
            "company": offer.company_id,
            "sector": offer.sector,
            "summary": offer.summary,
            "description": rich_text("Texte."),
            "sessions": inline_formset(
                [
                    {
                        "id": session.pk,
                        "date": session.date.isoformat(),
                        "start_time": "09:30",
                        "end_time": "12:00",
                        "seats": "2",
                        "DELETE": "1",
                    },
                    {"date": in_days(30).isoformat(), "start_time": "09:30", "end_time": "12:00", "seats": "5"},
                ],
                initial=1,
            ),
        }
    )
    form = form_class(data, instance=offer, parent_page=offer.get_parent(), for_user=None)
    assert not form.is_valid()
    assert "session annulée" in str(form.non_field_errors())


def test_end_time_must_follow_start_time(offer):
    from django.core.exceptions import ValidationError

    session = OfferSessionFactory.build(page=offer, start_time="14:00", end_time="10:00")
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert "après l'heure de début" in str(error.value)
