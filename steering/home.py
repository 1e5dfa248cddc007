"""The home page's key figures: the programme's indicators over its whole period, linked to the public page.

Counted again only after a change of content or of seats (a sign-up): steering/figures.py.
"""

from steering import figures

HOME_KEYS = ["stories", "companies", "associations", "collegiens", "young_people"]


def key_figures(page):
    # The site from the cached site roots (no query), as `page.get_site()` would find it with one.
    parts = page.get_url_parts()
    return figures.programme(parts[0]).only(HOME_KEYS) if parts else []
