import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from partners_directory.models import PartnerIndexPage, PartnerKind, PartnerPage
from portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def result_titles(client, query, **params):
    response = client.get("/recherche/", {"q": query, **params})
    assert response.status_code == 200
    return [hit.page.title for hit in response.context["hits"]]


@pytest.fixture
def partners_index(home_page):
    return home_page.add_child(instance=PartnerIndexPage(title="Partenaires", slug="partenaires"))


def add_partner(index, title, summary="", **fields):
    return index.add_child(
        instance=PartnerPage(title=title, slug=title.lower().replace(" ", "-"), summary=summary, **fields)
    )


def test_finds_pages_by_a_word_of_their_title_or_body(client, home_page, partners_index):
    StandardPageFactory(
        parent=home_page,
        title="Le programme",
        body=[("paragraph", "<p>Un booster territorial dans chaque quartier.</p>")],
    )
    add_partner(
        partners_index, "Mission locale Nord", summary="Accompagnement vers l'alternance", kind="mission_locale"
    )

    assert result_titles(client, "programme") == ["Le programme"]
    assert result_titles(client, "booster") == ["Le programme"]
    assert result_titles(client, "Mission") == ["Mission locale Nord"]
    assert result_titles(client, "alternance") == ["Mission locale Nord"]


def test_accents_and_case_do_not_matter(client, home_page):
    StandardPageFactory(parent=home_page, title="Découvrir un métier", intro="Visites d'entreprise.")
    StandardPageFactory(parent=home_page, title="Retour à l'école", intro="Reprendre ses études.")

    assert result_titles(client, "metier") == ["Découvrir un métier"]
    assert result_titles(client, "MÉTIER") == ["Découvrir un métier"]
    assert result_titles(client, "ECOLE") == ["Retour à l'école"]
    assert result_titles(client, "ecole") == result_titles(client, "École")


def test_french_stemming_on_postgresql(client, home_page, postgres_only):
    StandardPageFactory(parent=home_page, title="Une formation qualifiante", intro="Pour apprendre un métier.")
    assert result_titles(client, "formations") == ["Une formation qualifiante"]


def test_drafts_and_private_pages_are_never_returned(client, home_page):
    StandardPageFactory(parent=home_page, title="Atelier publié")
    StandardPageFactory(parent=home_page, title="Atelier brouillon", live=False)
    private = StandardPageFactory(parent=home_page, title="Atelier réservé")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert result_titles(client, "atelier") == ["Atelier publié"]
    autocomplete = client.get("/recherche/autocomplete/", {"q": "atel"}).json()["results"]
    assert [item["title"] for item in autocomplete] == ["Atelier publié"]


def test_facet_counts_equal_results_per_type(client, home_page, partners_index):
    for n in range(3):
        StandardPageFactory(parent=home_page, title=f"Stage numéro {n}")
    add_partner(partners_index, "Stage Solidaire", kind=PartnerKind.ASSOCIATION)

    response = client.get("/recherche/", {"q": "stage"})
    facets = {search_type.key: count for search_type, count in response.context["facets"]}
    assert facets["page"] == 3
    assert facets["partenaire"] == 1
    assert response.context["result_count"] == 4

    for key, count in facets.items():
        filtered = client.get("/recherche/", {"q": "stage", "type": key})
        assert filtered.context["result_count"] == count
        assert len(filtered.context["hits"]) == count


def test_counts_follow_an_unpublished_page_at_once(client, home_page):
    kept = StandardPageFactory(parent=home_page, title="Forum des métiers")
    withdrawn = StandardPageFactory(parent=home_page, title="Forum de l'alternance")
    assert client.get("/recherche/", {"q": "forum"}).context["result_count"] == 2
    withdrawn.unpublish()
    after = client.get("/recherche/", {"q": "forum"})
    assert after.context["result_count"] == 1
    assert [hit.page.title for hit in after.context["hits"]] == [kept.title]
    assert {t.key: n for t, n in after.context["facets"]}["page"] == 1


def test_results_show_type_and_summary(client, home_page, partners_index):
    add_partner(
        partners_index, "Centre social Malpassé", summary="Aide aux devoirs et permanences.", kind="social_centre"
    )
    html = client.get("/recherche/", {"q": "malpasse"}).content.decode()
    assert "Partenaires" in html
    assert "Aide aux devoirs et permanences." in html


def test_autocomplete_returns_titles_for_a_three_letter_prefix(client, home_page):
    StandardPageFactory(parent=home_page, title="Masterclass cuisine")
    StandardPageFactory(parent=home_page, title="Mastère de commerce")
    StandardPageFactory(parent=home_page, title="Forum emploi")

    response = client.get("/recherche/autocomplete/", {"q": "mas"})
    assert response.status_code == 200
    titles = sorted(item["title"] for item in response.json()["results"])
    assert titles == ["Masterclass cuisine", "Mastère de commerce"]
    assert all(item["url"].startswith("/") for item in response.json()["results"])


def test_empty_search_offers_suggestions_and_listings(client, home_page):
    html = client.get("/recherche/", {"q": "zzzzqqq"}).content.decode()
    assert "Aucun résultat pour « zzzzqqq »" in html
    assert 'href="/offres/"' in html and 'href="/partenaires/"' in html


def test_query_is_capped_and_rate_limited(client, home_page, settings):
    long_query = "stage " * 100
    response = client.get("/recherche/", {"q": long_query})
    assert len(response.context["search_query"]) <= settings.SEARCH_QUERY_MAX_LENGTH

    cache.clear()
    settings.SEARCH_RATE_LIMIT = (3, 60)
    statuses = [client.get("/recherche/", {"q": "stage"}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert "Attends une minute" in client.get("/recherche/", {"q": "stage"}).content.decode()


def test_promoted_results_come_first_and_queries_are_recorded(client, home_page):
    target = StandardPageFactory(parent=home_page, title="Trouver son stage de 3e")
    SearchPromotion.objects.create(query=Query.get("stage"), page=target, description="Le guide pour les collégiens.")

    html = client.get("/recherche/", {"q": "stage"}).content.decode()
    assert "Recommandé" in html
    assert html.index("Le guide pour les collégiens.") < html.index('class="search-results"')
    assert Query.get("stage").hits == 1


def test_query_count_does_not_grow_with_results(client, home_page):
    def count_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as context:
            client.get("/recherche/", {"q": "atelier"})
        return len(context.captured_queries)

    for n in range(3):
        StandardPageFactory(parent=home_page, title=f"Atelier {n}")
    count_queries()  # warms the per-process caches (content types, site root paths)
    few = count_queries()
    for n in range(3, 10):
        StandardPageFactory(parent=home_page, title=f"Atelier {n}")
    assert count_queries() == few


def test_communication_group_can_manage_promotions():
    codenames = set(Group.objects.get(name="Communication").permissions.values_list("codename", flat=True))
    assert {"add_searchpromotion", "change_searchpromotion"} <= codenames


def test_query_count_does_not_grow_with_offers_and_events_shown(client, home_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from opportunities.agenda.factories import EventIndexPageFactory, EventPageFactory
    from opportunities.offers.factories import OfferIndexPageFactory, OfferPageFactory, OfferSessionFactory

    offers = OfferIndexPageFactory(parent=home_page)
    agenda = EventIndexPageFactory(parent=home_page)

    def add(first, last):
        for n in range(first, last):
            offer = OfferPageFactory(parent=offers, title=f"Visite atelier {n}")
            OfferSessionFactory(page=offer)
            EventPageFactory(parent=agenda, title=f"Atelier CV {n}")

    def count_queries():
        with CaptureQueriesContext(connection) as context:
            response = client.get("/recherche/", {"q": "atelier"})
        assert "Prochaine date" in response.content.decode()
        return len(context.captured_queries)

    add(0, 2)
    count_queries()
    few = count_queries()
    add(2, 5)
    assert count_queries() == few
