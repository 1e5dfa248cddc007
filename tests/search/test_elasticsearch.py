import os

import pytest

from search.elasticsearch_settings import FRENCH_INDEX_SETTINGS, elasticsearch_backend_settings


def test_backend_settings_use_french_analyzer_and_prefix():
    config = elasticsearch_backend_settings("http://es.internal:9200", "impact-jeunes-")
    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert config["INDEX_PREFIX"] == "impact-jeunes-"
    assert config["URLS"] == ["http://es.internal:9200"]
    analysis = config["INDEX_SETTINGS"]["settings"]["analysis"]
    default = analysis["analyzer"]["default"]
    assert {"asciifolding", "lowercase", "french_elision", "french_light_stemmer"} <= set(default["filter"])
    assert analysis["filter"]["french_light_stemmer"] == {"type": "stemmer", "language": "light_french"}
    assert analysis["filter"]["french_elision"]["type"] == "elision"


def test_backend_merges_french_settings_into_wagtail_defaults():
    from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

    backend = Elasticsearch9SearchBackend(dict(elasticsearch_backend_settings("http://localhost:9200", "ij-")))
    analysis = backend.settings["settings"]["analysis"]
    assert "edgengram_analyzer" in analysis["analyzer"]  # Wagtail's own autocomplete analyzer is kept
    assert analysis["analyzer"]["default"] == FRENCH_INDEX_SETTINGS["settings"]["analysis"]["analyzer"]["default"]
    assert backend.index_prefix == "ij-"


@pytest.mark.elasticsearch
@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL is not set: no server here")
def test_real_server_finds_accented_and_stemmed_words(home_page, settings):
    from django.core.management import call_command
    from wagtail.search.backends import get_search_backend

    from portal.factories import StandardPageFactory
    from portal.models import StandardPage

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": elasticsearch_backend_settings(os.environ["ELASTICSEARCH_URL"], "impact-jeunes-test-")
    }
    StandardPageFactory(parent=home_page, title="Les formations aux métiers", intro="Pour l'école.")
    call_command("update_index", verbosity=0)
    backend = get_search_backend()
    assert [p.title for p in backend.search("metier", StandardPage)] == ["Les formations aux métiers"]
    assert [p.title for p in backend.search("formation", StandardPage)] == ["Les formations aux métiers"]
