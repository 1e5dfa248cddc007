"""The programme's steering settings: targets, labels, period and what counts as an association.

Edited by the Communication group in "Paramètres > Pilotage du programme"; every save keeps a
revision and a history entry (Wagtail's `RevisionMixin`), so a committee can be told when a target
changed and who changed it.
"""

import datetime

from django import forms
from django.db import models
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import RevisionMixin

from partners_directory.kinds import PartnerKind

# Holders see /admin/pilotage/ (Modérateurs, Communication, Pilotage: steering/migrations).
VIEW_PERMISSION = "steering.view_steering"

DEFAULT_ASSOCIATION_KINDS = [
    PartnerKind.ASSOCIATION,
    PartnerKind.SOCIAL_CENTRE,
    PartnerKind.PIJ,
    PartnerKind.MISSION_LOCALE,
    PartnerKind.E2C,
    PartnerKind.EPIDE,
]

# key: (default label, default target), in the order indicators are shown (seed 000, "Objectifs").
INDICATOR_DEFAULTS = {
    "stories": ("belles histoires publiées", 100),
    "companies": ("entreprises engagées", 300),
    "associations": ("associations impliquées", 150),
    "collegiens": ("collégiens connectés au monde de l'entreprise", 1000),
    "young_people": ("jeunes touchés", 2200),
    "pathways": ("jeunes en parcours d'insertion", 1200),
}


def default_association_kinds():
    return [str(kind) for kind in DEFAULT_ASSOCIATION_KINDS]


def _label(key):
    return models.CharField("libellé", max_length=80, default=INDICATOR_DEFAULTS[key][0])


def _target(key):
    return models.PositiveIntegerField("objectif", default=INDICATOR_DEFAULTS[key][1])


class ProgrammeSettingsForm(WagtailAdminModelForm):
    association_kinds = forms.MultipleChoiceField(
        label="types de structure comptés comme « associations »",
        choices=PartnerKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "La fin de la période doit venir après son début.")
        return cleaned


@register_setting(icon="table")
class ProgrammeSettings(RevisionMixin, BaseSiteSetting):
    """Targets and definitions the programme's figures are counted against (home, /le-programme/chiffres/)."""

    period_start = models.DateField("début du programme", default=datetime.date(2024, 9, 1))
    period_end = models.DateField("fin du programme", default=datetime.date(2027, 8, 31))
    association_kinds = models.JSONField("types comptés comme associations", default=default_association_kinds)

    stories_label = _label("stories")
    stories_target = _target("stories")
    companies_label = _label("companies")
    companies_target = _target("companies")
    associations_label = _label("associations")
    associations_target = _target("associations")
    collegiens_label = _label("collegiens")
    collegiens_target = _target("collegiens")
    young_people_label = _label("young_people")
    young_people_target = _target("young_people")
    pathways_label = _label("pathways")
    pathways_target = _target("pathways")

    base_form_class = ProgrammeSettingsForm
    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")])],
            heading="Période du programme",
        ),
        FieldPanel("association_kinds"),
        *[
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel(f"{key}_label"), FieldPanel(f"{key}_target")])],
                heading=label.capitalize(),
            )
            for key, (label, _target_value) in INDICATOR_DEFAULTS.items()
        ],
    ]

    class Meta:
        verbose_name = "pilotage du programme"
        permissions = [("view_steering", "Peut consulter le pilotage (indicateurs et exports)")]

    def __str__(self):
        return "Pilotage du programme"

    @classmethod
    def read(cls, site_id):
        """The site's settings, or their defaults when nobody saved them yet: unlike `for_site`, never writes a
        row (a first visitor's request would otherwise change the content and empty the page cache)."""
        return cls.objects.filter(site_id=site_id).first() or cls(site_id=site_id)

    def label(self, key):
        return getattr(self, f"{key}_label")

    def target(self, key):
        return getattr(self, f"{key}_target")
