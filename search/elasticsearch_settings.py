"""Elasticsearch configuration with a French analyzer.

Kept free of Django imports: the settings module reads it at start-up. The Python
client's major version must match the server's (requirements.txt pins 9.x).
"""

FRENCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
                },
                "french_light_stemmer": {"type": "stemmer", "language": "light_french"},
                "french_stop": {"type": "stop", "stopwords": "_french_"},
            },
            "analyzer": {
                # Every full-text field without an explicit analyzer uses this one.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["french_elision", "lowercase", "asciifolding", "french_stop", "french_light_stemmer"],
                },
            },
        }
    }
}


def elasticsearch_backend_settings(url, index_prefix, major_version=9):
    """WAGTAILSEARCH_BACKENDS entry for an Elasticsearch server of `major_version` (7, 8 or 9)."""
    return {
        "BACKEND": f"wagtail.search.backends.elasticsearch{major_version}",
        "URLS": [url],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": 10,
        "ATOMIC_REBUILD": True,
        "OPTIONS": {},
        "INDEX_SETTINGS": FRENCH_INDEX_SETTINGS,
    }
