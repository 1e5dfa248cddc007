import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from opportunities.models import SignUp
from opportunities.signups import counting
from opportunities.signups.factories import SignUpFactory

pytestmark = pytest.mark.django_db


def test_old_sign_ups_lose_their_contact_data_but_still_count(session, settings):
    settings.SIGNUP_RETENTION_DAYS = 30
    old = SignUpFactory(slot=session, is_collegien=True, age=14, school="Collège X", parent_phone="0600000000")
    recent = SignUpFactory(slot=session)
    SignUp.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=31))

    out = io.StringIO()
    call_command("erase_old_signups", stdout=out)

    old.refresh_from_db()
    assert "1 inscription" in out.getvalue()
    assert (old.first_name, old.last_name, old.email, old.school, old.parent_phone) == ("", "", "", "", "")
    assert old.age == 14 and old.is_collegien and old.is_confirmed
    assert counting.collegiens() == 1
    assert SignUp.objects.get(pk=recent.pk).email
