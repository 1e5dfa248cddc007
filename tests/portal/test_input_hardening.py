"""Bad input never gives a 500: names, long Arabic text, search syntax, huge numbers, huge images and
bodies, personal data in search terms, and settings that would weaken production."""

import io
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.contrib.search_promotions.models import Query

from portal.image_safety import clean_image
from portal.text import clean_search_query, cut
from stories.consent.models import Contribution

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]

# "Our neighbourhood taught us patience" in Arabic, fully vowelled: many combining marks per letter.
ARABIC = "عَلَّمَنَا حَيُّنَا الصَّبْرَ وَالْأَمَلَ، وَتَعَلَّمْتُ أَنْ أَطْرُقَ الْأَبْوَابَ بِنَفْسِي. "


@pytest.fixture
def story_index(home_page):
    from stories.factories import StoryIndexPageFactory

    return StoryIndexPageFactory(parent=home_page)


def test_cut_never_splits_a_letter_from_its_marks():
    import unicodedata

    original = unicodedata.normalize("NFC", ARABIC * 10)
    text = cut(original, 100)
    assert len(text) <= 100 and text.endswith("…")
    kept = text[:-1]
    assert original.startswith(kept)
    assert not unicodedata.combining(original[len(kept)])  # the first character dropped is not a mark
    assert cut("court", 100) == "court"


@pytest.mark.parametrize(
    "query",
    ['"métier', "métier:", "titre:métier", "NEAR(a b)", "a AND OR NOT", "metier*", "(", "^", "\x00", "a\x00b", "'--"],
)
def test_search_syntax_and_nul_bytes_never_fail(client, home_page, query):
    assert client.get("/recherche/", {"q": query}).status_code == 200
    assert client.get("/recherche/autocomplete/", {"q": query}).status_code == 200
    assert client.get("/api/v2/pages/", {"search": query}).status_code in (200, 400)


def test_clean_search_query_keeps_words_only():
    assert clean_search_query('"stage" titre:métier (3e) -', 100) == "stage titre métier 3e"
    assert clean_search_query("l'alternance", 100) == "l'alternance"


@pytest.mark.parametrize(
    "params",
    [
        {"offset": str(10**30)},
        {"offset": str(2**63)},
        {"limit": str(10**30)},
        {"id": str(10**30)},
        {"child_of": str(10**30)},
        {"descendant_of": str(10**30)},
        {"type": "stories.StoryPage", "offset": "99999999999999999999999"},
    ],
)
def test_huge_numbers_in_the_api_are_refused_with_a_400(client, home_page, params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 400


def test_huge_ids_in_api_paths_are_not_found(client, home_page):
    assert client.get(f"/api/v2/pages/{10**30}/").status_code == 404
    assert client.get(f"/api/v2/images/{10**30}/").status_code == 404


def png_of(width, height):
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def test_a_small_file_of_huge_dimensions_is_refused_before_decoding():
    data = png_of(6300, 6300)
    assert len(data) < 300_000
    tracemalloc.start()
    with pytest.raises(ValidationError) as error:
        clean_image(SimpleUploadedFile("bombe.png", data, content_type="image/png"))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "16 millions de pixels" in error.value.messages[0]
    assert peak < 5 * 1024 * 1024  # the 40-million-pixel image was never decoded


def test_an_ordinary_phone_photo_still_passes():
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), "#336699").save(buffer, format="JPEG", quality=50)
    cleaned = clean_image(SimpleUploadedFile("photo.jpg", buffer.getvalue(), content_type="image/jpeg"))
    assert Image.open(io.BytesIO(cleaned.read())).size == (4000, 3000)


def test_a_body_over_the_limit_is_refused_before_it_is_read(client, story_index, settings):
    settings.MAX_REQUEST_BODY_SIZE = 1024 * 1024
    big = SimpleUploadedFile("photo.jpg", b"x" * (2 * 1024 * 1024), content_type="image/jpeg")
    response = client.post(story_index.url + "raconter/", {"photo": big})
    assert response.status_code == 413
    assert "Envoi trop lourd" in response.content.decode()
    assert "Connection" in response


def test_search_terms_with_personal_data_are_never_kept(client, home_page):
    client.get("/recherche/", {"q": "yasmine.contact@exemple.example"})
    client.get("/recherche/", {"q": "06 12 34 56 78"})
    client.get("/recherche/", {"q": "stage de 3e"})
    assert list(Query.objects.values_list("query_string", flat=True)) == ["stage de 3e"]


def test_search_terms_are_erased_after_the_retention_period(client, home_page, settings):
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.contrib.search_promotions.models import QueryDailyHits

    client.get("/recherche/", {"q": "alternance"})
    # Two days past the retention period: Wagtail's clean-up counts days in UTC, the site in Paris time, and
    # between 23:00 and midnight UTC they are not the same day.
    QueryDailyHits.objects.update(
        date=timezone.localdate() - timezone.timedelta(days=settings.WAGTAILSEARCH_HITS_MAX_AGE + 2)
    )
    call_command("searchpromotions_garbage_collect", stdout=io.StringIO())
    assert not Query.objects.exists()


def test_erasing_a_contributor_erases_the_searches_for_their_address(client, story_index):
    from portal.factories import TerritoryFactory

    territory = TerritoryFactory(slug="malpasse", name="Malpassé")
    data = {
        "first_name": "Yasmine",
        "age": "19",
        "territory": str(territory.pk),
        "story": "J'ai trouvé ma voie grâce au centre social du quartier. " * 5,
        "email": "yasmine@exemple.example",
        "consent_publication": "on",
    }
    assert client.post(story_index.url + "raconter/", data).status_code == 302
    Query.get("yasmine@exemple.example").add_hit()  # recorded before such terms were refused
    Query.get("alternance").add_hit()
    from stories.contributions import erasure

    erasure.erase(Contribution.objects.get())
    assert list(Query.objects.values_list("query_string", flat=True)) == ["alternance"]


@pytest.mark.parametrize(
    "key",
    [
        "x" * 60,
        "django-insecure-" + "a1b2c3d4e5" * 5,
        "dev-only-secret-key-never-used-in-production-0123456789abcdef",
        "short-but-random-9f8e7d",
    ],
)
def test_production_refuses_a_weak_secret_key(key):
    env = {k: v for k, v in __import__("os").environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update(DJANGO_SETTINGS_MODULE="portal.settings.production", SECRET_KEY=key, ALLOWED_HOSTS="impact.example")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr
