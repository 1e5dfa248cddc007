"""Sections a page shows from other apps: the home page's next offers, a partner's stories…

The page declares its sections where it is defined (``HOME_SECTIONS = Sections(...)``); each app that
owns the content registers the function that fills one, in its ``AppConfig.ready()``. The page never
imports the apps above it. A name that is not declared, a section filled twice or one left unfilled
is a mistake in the wiring: it raises, and ``manage.py check`` reports it, instead of showing an
empty section.
"""

from django.core import checks
from django.core.exceptions import ImproperlyConfigured


class Sections:
    """The named sections of one page type; each is filled by ``fill(page) -> list`` of items with a
    ``card_template``."""

    declared = []

    def __init__(self, page_label, names):
        self.page_label = page_label
        self.names = tuple(names)
        self.fillers = {}
        Sections.declared.append(self)

    def __repr__(self):
        return f"<Sections of {self.page_label}: {', '.join(self.names)}>"

    def register(self, name, fill):
        if name not in self.names:
            raise ImproperlyConfigured(f"{self.page_label} has no section {name!r} (it has {', '.join(self.names)}).")
        if name in self.fillers:
            raise ImproperlyConfigured(f"The section {name!r} of {self.page_label} is already filled.")
        self.fillers[name] = fill

    def unfilled(self):
        return [name for name in self.names if name not in self.fillers]

    def fill_one(self, name, page):
        """The items of one section of `page` (another view showing the same thing, e.g. the key figures)."""
        if name not in self.fillers:
            raise ImproperlyConfigured(f"No app fills the section {name!r} of {self.page_label}.")
        return list(self.fillers[name](page))

    def fill(self, page):
        """{name: list of items} for every section of `page`."""
        if missing := self.unfilled():
            raise ImproperlyConfigured(f"No app fills the sections {', '.join(missing)} of {self.page_label}.")
        return {name: list(self.fillers[name](page)) for name in self.names}


@checks.register()
def check_sections_filled(app_configs=None, **kwargs):
    return [
        checks.Error(
            f"No app fills the sections {', '.join(sections.unfilled())} of {sections.page_label}.",
            hint="Register a function for each in the owning app's AppConfig.ready().",
            id="portal.E001",
        )
        for sections in Sections.declared
        if sections.unfilled()
    ]
