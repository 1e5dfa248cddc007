import pytest
from wagtail.models import PageViewRestriction

from portal.factories import StandardPageFactory
from portal.models import StandardPage
from portal.visibility import visible

pytestmark = pytest.mark.django_db


def test_hides_drafts_and_pages_under_a_restriction(home_page):
    shown = StandardPageFactory(parent=home_page, title="Publique", slug="publique")
    draft = StandardPageFactory(parent=home_page, title="Brouillon", slug="brouillon")
    draft.unpublish()
    private_section = StandardPageFactory(parent=home_page, title="Section privée", slug="section-privee")
    PageViewRestriction.objects.create(page=private_section, restriction_type=PageViewRestriction.LOGIN)
    private_child = StandardPageFactory(parent=private_section, title="Sous-page", slug="sous-page")
    # A sibling whose path starts like the restricted one's but is not below it stays visible.
    sibling = StandardPageFactory(parent=home_page, title="Voisine", slug="voisine")

    result = set(visible(StandardPage.objects.all()))

    assert result == {shown, sibling}
    assert set(visible(StandardPage.objects.all())) == set(StandardPage.objects.live().public())
    assert private_child not in result


def test_served_pages_keep_their_restrictions_without_a_query_for_the_others(
    client, home_page, django_assert_num_queries
):
    private = StandardPageFactory(parent=home_page, title="Réservée", slug="reservee")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    child = StandardPageFactory(parent=private, title="Sous-page réservée", slug="sous-page")
    alias = private.create_alias(parent=home_page, update_slug="alias-reservee")
    secret = StandardPageFactory(parent=home_page, title="Mot de passe", slug="mot-de-passe")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x")
    public = StandardPageFactory(parent=home_page, title="Publique", slug="publique")

    for page in (private, child, alias):
        response = client.get(page.url)
        assert response.status_code == 302 and "login" in response["Location"], page.url
    assert "password" in client.get(secret.url).content.decode()
    assert client.get(public.url).status_code == 200
    assert not public.get_view_restrictions().exists()
    assert {r.page_id for r in child.get_view_restrictions()} == {private.pk}
    with django_assert_num_queries(0):
        list(public.get_view_restrictions())


def test_a_new_restriction_applies_at_once(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Bientôt privée", slug="bientot-privee")
    assert client.get(page.url).status_code == 200
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(page.url).status_code == 302
