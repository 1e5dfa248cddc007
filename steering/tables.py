"""The steering tables: each indicator by territory and by month, offers by type, partners by kind, stories
by outcome. Aggregates only (counts), each table a handful of SQL queries whatever the volume; the
indicators' tables share one query (`indicators.counts`, passed as `counted`).

A table is what the dashboard shows, what its chart draws and what the exports write: one shape for all.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum

from opportunities.offers.models import OfferSession, OfferType
from opportunities.signups.models import Attendance, SignUpStatus
from partners_directory.kinds import PartnerKind
from partners_directory.partner_page import PartnerPage
from portal.models.territories import Territory
from steering import indicators
from stories.choices import Outcome
from stories.story_page import StoryPage

NOT_MEASURED_TEXT = "non mesuré"


@dataclass
class Table:
    key: str  # file name of its exports
    title: str
    columns: list
    rows: list = field(default_factory=list)
    chart: str = "bar"  # "bar" or "line"
    # Which columns count young people (suppressed under 5 on the public page), by index.
    count_columns: tuple = ()
    # The columns the chart draws, by index (the first column labels them).
    chart_columns: tuple = (1,)

    def chart_data(self):
        """Labels and series for the chart; unmeasured cells are gaps."""
        return {
            "type": self.chart,
            "labels": [str(row[0]) for row in self.rows],
            "series": [
                {
                    "label": self.columns[i],
                    "values": [row[i] if isinstance(row[i], int) else None for row in self.rows],
                }
                for i in self.chart_columns
            ],
        }


def _cell(value):
    return NOT_MEASURED_TEXT if value is None else value


def _percent(value, total):
    return round(100 * value / total) if total and value is not None else None


def summary(settings, scope, counted=None):
    rows = [
        [i.label, _cell(i.value), i.target, _cell(_percent(i.value, i.target))]
        for i in indicators.indicators(settings, scope, counted=counted)
    ]
    return Table(
        "indicateurs",
        "Indicateurs et objectifs",
        ["Indicateur", "Valeur", "Objectif", "% de l'objectif"],
        rows,
        chart_columns=(3,),
    )


def by_territory(settings, scope, counted=None, territories=None):
    """`counted`: the scope's `indicators.counts(…, by="territory")`; `territories`: every territory, in order."""
    if territories is None:
        territories = Territory.objects.in_display_order()
    keys = list(indicators.DEFINITIONS)
    counts = counted or indicators.counts(settings, scope, keys, by="territory")
    rows = []
    for territory in (territory for territory in territories if scope.covers(territory)):
        row = [territory.name, territory.qpv_name or "—", territory.qpv_code or "—", territory.get_kind_display()]
        row += [_cell(None if counts[key].total is None else counts[key].groups.get(territory.pk, 0)) for key in keys]
        rows.append(row)
    columns = ["Territoire", "QPV", "Code QPV", "Site"] + [settings.label(key) for key in keys]
    first = 4
    return Table(
        "territoires",
        "Indicateurs par territoire",
        columns,
        rows,
        count_columns=tuple(first + n for n, key in enumerate(keys) if key in indicators.PEOPLE),
        # Young people reached and collégiens: the two the committee compares between sites.
        chart_columns=(first + keys.index("collegiens"), first + keys.index("young_people")),
    )


def by_month(settings, scope):
    keys = ["stories", "companies", "collegiens", "young_people", "pathways"]
    counts = indicators.counts(settings, scope, keys, by="month")
    rows = [
        [month] + [_cell(None if counts[key].total is None else counts[key].groups.get(month, 0)) for key in keys]
        for month in scope.months()
    ]
    return Table(
        "mois",
        "Nouveaux par mois",
        ["Mois"] + [settings.label(key) for key in keys],
        rows,
        chart="line",
        count_columns=tuple(1 + n for n, key in enumerate(keys) if key in indicators.PEOPLE),
        chart_columns=tuple(range(1, len(keys) + 1)),
    )


def _sessions(scope):
    sessions = OfferSession.objects.filter(
        cancelled=False, page__live=True, date__gte=scope.start, date__lte=scope.end
    )
    if (ids := scope.territory_ids()) is not None:
        sessions = sessions.filter(
            Q(page__territory__in=ids) | Q(page__territory__isnull=True, page__place_partner__territory__in=ids)
        )
    return sessions


def offers(scope):
    """Sessions held in the period (not cancelled), by offer type: seats, confirmed, waiting, fill rate."""
    sessions = _sessions(scope).order_by()
    seats = {
        row["page__offer_type"]: row
        for row in sessions.values("page__offer_type").annotate(
            offers=Count("page", distinct=True), sessions=Count("pk"), seats=Sum("seats")
        )
    }
    signups = {
        row["page__offer_type"]: row
        for row in sessions.values("page__offer_type").annotate(
            # Seats, not rows: a class booked by a teacher takes its headcount.
            confirmed=Sum("signups__headcount", filter=Q(signups__status=SignUpStatus.CONFIRMED)),
            waiting=Sum("signups__headcount", filter=Q(signups__status=SignUpStatus.WAITING)),
            attended=Sum(
                "signups__headcount",
                filter=Q(signups__status=SignUpStatus.CONFIRMED, signups__attendance=Attendance.PRESENT),
            ),
        )
    }
    rows = []
    for offer_type in OfferType:
        held = seats.get(offer_type.value, {})
        taken = signups.get(offer_type.value, {})
        confirmed = taken.get("confirmed") or 0
        rows.append(
            [
                offer_type.label,
                held.get("offers", 0),
                held.get("sessions", 0),
                held.get("seats") or 0,
                confirmed,
                taken.get("waiting") or 0,
                taken.get("attended") or 0,
                _cell(_percent(confirmed, held.get("seats"))),
            ]
        )
    return Table(
        "offres",
        "Offres par type et remplissage",
        ["Type d'offre", "Offres", "Sessions", "Places", "Confirmés", "En attente", "Présents", "Remplissage (%)"],
        rows,
        count_columns=(4, 5, 6),
        chart_columns=(3, 4, 5),
    )


def partners(settings, scope):
    queryset = PartnerPage.objects.live().filter(first_published_at__lt=scope.end_before).order_by()
    if (ids := scope.territory_ids()) is not None:
        queryset = queryset.filter(territory__in=ids)
    counts = dict(queryset.values_list("kind").annotate(n=Count("pk")))
    associations = set(settings.association_kinds)
    rows = [
        [kind.label, counts.get(kind.value, 0), "oui" if kind.value in associations else "non"] for kind in PartnerKind
    ]
    return Table(
        "partenaires",
        "Partenaires par type de structure",
        ["Type de structure", "Partenaires", "Compté comme association"],
        rows,
    )


def stories(scope):
    queryset = StoryPage.objects.live().filter(
        first_published_at__gte=scope.start_at, first_published_at__lt=scope.end_before
    )
    if (ids := scope.territory_ids()) is not None:
        queryset = queryset.filter(territory__in=ids)
    counts = dict(queryset.order_by().values_list("outcome").annotate(n=Count("pk")))
    rows = [[outcome.label, counts.get(outcome.value, 0)] for outcome in Outcome]
    return Table(
        "histoires", "Histoires publiées par issue", ["Et maintenant ?", "Histoires"], rows, count_columns=(1,)
    )


def all_tables(settings, scope, territories=None):
    counted = indicators.counts(settings, scope, by="territory")
    return [
        summary(settings, scope, counted),
        by_territory(settings, scope, counted, territories),
        by_month(settings, scope),
        offers(scope),
        partners(settings, scope),
        stories(scope),
    ]


def suppress_small_counts(table, threshold=5):
    """The public version of a table: every count from 1 to threshold - 1 becomes « moins de 5 ».

    When a column hides a single cell, its smallest other positive count is hidden too: the public
    total could otherwise give the hidden one away by subtraction.
    """
    label = f"moins de {threshold}"
    rows = [list(row) for row in table.rows]
    for column in table.count_columns:
        counts = [(row[column], n) for n, row in enumerate(rows) if isinstance(row[column], int)]
        small = [n for value, n in counts if 0 < value < threshold]
        for n in small:
            rows[n][column] = label
        others = sorted((value, n) for value, n in counts if value >= threshold)
        if len(small) == 1 and others:
            rows[others[0][1]][column] = label
    return Table(
        table.key,
        table.title,
        table.columns,
        rows,
        chart=table.chart,
        count_columns=table.count_columns,
        chart_columns=table.chart_columns,
    )
