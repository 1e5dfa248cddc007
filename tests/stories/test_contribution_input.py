"""Whatever a young person types in the form, nothing fails after the story is saved: names with
control characters are refused up front, and a vowelled Arabic story fits its summary column."""

import unicodedata

import pytest
from django.core import mail

from stories.consent.models import Contribution

from .contribution_helpers import latest_story

pytestmark = pytest.mark.django_db

PARENT = {"parent_name": "Karima B.", "parent_email": "parent.yasmine@impact-jeunes.example"}
# "Our neighbourhood taught us patience" in Arabic, fully vowelled: many combining marks per letter.
ARABIC = "عَلَّمَنَا حَيُّنَا الصَّبْرَ وَالْأَمَلَ، وَتَعَلَّمْتُ أَنْ أَطْرُقَ الْأَبْوَابَ بِنَفْسِي. "


@pytest.mark.parametrize("name", ["Yas\nmine", "Yas\r\nmine", "Ya\x07smine", "\u202eenimsaY", "Yas\u2028mine"])
def test_a_name_with_control_characters_is_refused_in_french(submit, name):
    response = submit(first_name=name, age="14", **PARENT)
    assert response.status_code == 400
    assert "pas de retour à la ligne" in response.content.decode()
    assert 'value="Karima B."' in response.content.decode()  # nothing typed is lost
    assert not Contribution.objects.exists()


@pytest.mark.parametrize("name", ["Zoë-Anaïs N’Diaye", "مَرْيَم", "Nguyễn"])
def test_names_in_every_script_reach_the_parent_and_the_moderators(submit, settings, name):
    settings.CONTRIBUTION_MODERATION_EMAILS = ["moderation@impact-jeunes.example"]
    assert submit(first_name=name, age="14", **PARENT).status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.first_name == unicodedata.normalize("NFC", name) or contribution.first_name == name
    to_parent = [m for m in mail.outbox if m.to == [PARENT["parent_email"]]]
    assert len(to_parent) == 1 and contribution.parent_token in to_parent[0].body


def test_a_vowelled_arabic_story_fits_its_summary(submit, settings):
    settings.CONTRIBUTION_MODERATION_EMAILS = ["moderation@impact-jeunes.example"]
    assert submit(story=(ARABIC * 30)[:4900]).status_code == 302
    story = latest_story()
    assert len(story.summary) <= 240 and story.summary.endswith("…")
    assert any(m.to == ["moderation@impact-jeunes.example"] for m in mail.outbox)
