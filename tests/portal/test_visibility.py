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
