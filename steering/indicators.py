"""The programme's indicators: one function each, one written definition each (its docstring).

Every indicator takes a `Scope` (period, territory) and `by` (None, "territory" or "month") and
returns an int, or {territory id / 'YYYY-MM': int} when grouped, or None when the programme does not
measure it yet (shown as « non mesuré », never as 0). Everything is counted in SQL. An indicator's
function names its sources (querysets, see steering/counting.py); `counts()` counts several
indicators over their sources in one query, in all and by territory or month (a page of figures).

Young people are counted once, whatever rows they left. Who is who comes from one small adapter
per source (`_signups`, `_contributions`, `_help_requests`): a change in how a source tells people
apart (the sign-ups' person key, attendance, a parent's agreement) changes its adapter only.
"""

import functools
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, CharField, F, IntegerField, OuterRef, Subquery, Value, When
from django.db.models.functions import Cast, Coalesce, Concat, Lower, NullIf, Trim, TruncMonth

from neighbourhoods.help_requests import HelpRequest
from opportunities.agenda.models import EventOccurrence
from opportunities.offers.models import OfferSession
from opportunities.offers.offer_page import OfferPage
from opportunities.signups import counting
from opportunities.signups.models import Attendance, SignUp, SignUpStatus
from partners_directory.kinds import PartnerKind
from partners_directory.partner_page import PartnerPage
from portal.people import person
from steering.counting import Count, count_distinct, count_many
from stories.consent.models import Contribution
from stories.story_page import StoryPage

NOT_MEASURED = None


def _month(field):
    """The month of a date or datetime as text, the same type in every source (a UNION needs it)."""
    return Cast(TruncMonth(field), output_field=CharField())


def _in_scope(queryset, scope, at, area):
    """Filter a source to the scope's period (`at`, a datetime or date) and territories (`area`)."""
    queryset = queryset.annotate(at=at, area=area, month=_month("at"))
    queryset = queryset.filter(at__gte=scope.start_at, at__lt=scope.end_before)
    if (ids := scope.territory_ids()) is not None:
        queryset = queryset.filter(area__in=ids)
    return queryset


def _slot_territory():
    """The territory of the offer or event a sign-up is for (its own, else its host partner's).

    Stands in for the young person's own territory when they did not give it (« je ne sais pas »).
    """
    offer_ct = ContentType.objects.get_for_model(OfferSession)
    event_ct = ContentType.objects.get_for_model(EventOccurrence)
    offer_area = OfferSession.objects.filter(pk=OuterRef("object_id")).values(
        area=Coalesce("page__territory_id", "page__place_partner__territory_id")
    )[:1]
    event_area = EventOccurrence.objects.filter(pk=OuterRef("object_id")).values(
        area=Coalesce("event__territory_id", "event__place_partner__territory_id")
    )[:1]
    return Case(
        When(content_type=offer_ct, then=Subquery(offer_area)),
        When(content_type=event_ct, then=Subquery(event_area)),
        default=None,
        output_field=IntegerField(),
    )


# --- Adapters: who is who, per source -------------------------------------------------------------


def _signups(scope, collegiens_only=False, statuses=(SignUpStatus.CONFIRMED,)):
    """Sign-ups as people (first name + e-mail, else their `person_key`, else the row), dated by the
    sign-up, placed at the activity. A seat held for a parent's agreement is not confirmed, so not counted;
    one marked absent is not counted either. Classes booked by a teacher are counted by `_class_pupils`."""
    queryset = SignUp.objects.filter(status__in=statuses, is_class_booking=False).exclude(attendance=Attendance.ABSENT)
    if collegiens_only:
        queryset = queryset.filter(is_collegien=True)
    queryset = queryset.annotate(person=counting.person())
    area = Coalesce("territory_id", _slot_territory(), output_field=IntegerField())
    return _in_scope(queryset, scope, at=F("created_at"), area=area)


def _class_pupils(scope, collegiens_only=False):
    """Pupils of the classes booked by a teacher (confirmed, not marked absent): unnamed, each counts once,
    so their headcount is added to the distinct young people (`pupils`, no `person`)."""
    queryset = SignUp.objects.filter(status=SignUpStatus.CONFIRMED, is_class_booking=True).exclude(
        attendance=Attendance.ABSENT
    )
    if collegiens_only:
        queryset = queryset.filter(is_collegien=True)
    queryset = queryset.annotate(person=Value(None, output_field=CharField()), pupils=F("headcount"))
    return _in_scope(queryset, scope, at=F("created_at"), area=_slot_territory())


def _contributions(scope):
    """Young people who sent their story: one per normalised e-mail, in the territory the story names; a minor
    still waiting for a parent's agreement is not counted (nothing was agreed to), nor one who withdrew."""
    queryset = Contribution.objects.exclude(
        status__in=[Contribution.Status.AWAITING_PARENT, Contribution.Status.WITHDRAWN]
    ).annotate(person=person("contribution-"))
    return _in_scope(queryset, scope, at=F("created_at"), area=F("story__territory_id"))


def _help_requests(scope, accompanied_only=False):
    """Help requests as people (normalised e-mail, else phone, else the row), in the territory they name.
    A minor's request still waiting for a parent is not counted (nothing was agreed to). Accompanied only:
    those a booster marked accompanied or oriented, dated when that started (`pathway_started_at`)."""
    queryset = HelpRequest.objects.exclude(status=HelpRequest.Status.AWAITING_PARENT)
    if accompanied_only:
        queryset = queryset.in_pathway()
    phone = Concat(Lower(Trim("first_name")), Value("|tel:"), NullIf("phone", Value("")), output_field=CharField())
    queryset = queryset.annotate(person=person("demande-", fallback=phone))
    at = F("pathway_started_at") if accompanied_only else F("created_at")
    return _in_scope(queryset, scope, at=at, area=F("territory_id"))


# --- Indicators ------------------------------------------------------------------------------------


def defined_as(text):
    """The indicator's definition for the public and the committee, in French, next to its code.

    The decorated function returns the indicator's sources (or None: not measured yet); the indicator
    counts them: `indicator(scope, by=None, **options)`; `indicator.sources(scope, **options)` names them.
    """

    def attach(sources):
        @functools.wraps(sources)
        def indicator(scope, by=None, **options):
            found = sources(scope, **options)
            return NOT_MEASURED if found is None else count_distinct(found, by)

        indicator.definition = text
        indicator.sources = sources
        return indicator

    return attach


@defined_as(
    "Histoires de jeunes en ligne sur le site, publiées pour la première fois pendant la période (après "
    "modération et avec les accords nécessaires), dans leur territoire."
)
def stories(scope):
    """Belles histoires publiées: story pages live now, first published in the period, in their territory."""
    queryset = StoryPage.objects.live().annotate(person=F("pk"))
    return [_in_scope(queryset, scope, at=F("first_published_at"), area=F("territory_id"))]


@defined_as(
    "Entreprises partenaires ayant publié une offre pendant la période, ou dont une session de la période"
    " (non annulée) a accueilli au moins un inscrit confirmé. Chaque entreprise compte une fois."
)
def companies(scope):
    """Entreprises engagées: company partners (live) with an offer first published in the period, or with a
    session in the period (not cancelled) holding at least one confirmed sign-up. Counted once each."""
    live_companies = PartnerPage.objects.live().filter(kind=PartnerKind.COMPANY).values("pk")
    offers = OfferPage.objects.live().filter(company__in=live_companies).annotate(person=F("company_id"))
    offers = _in_scope(offers, scope, at=F("first_published_at"), area=F("company__territory_id"))
    sessions = (
        OfferSession.objects.filter(page__company__in=live_companies, cancelled=False)
        .filter(signups__status=SignUpStatus.CONFIRMED)
        .annotate(person=F("page__company_id"))
    )
    sessions = _in_scope(sessions, scope, at=F("date"), area=F("page__company__territory_id"))
    return [offers, sessions]


@defined_as(
    "Structures partenaires en ligne sur la carte dont le type compte comme « association » dans les "
    "réglages du programme (associations, centres sociaux, PIJ…). Chaque structure compte une fois."
)
def associations(scope, kinds=None):
    """Associations impliquées: live partners whose kind is one of the kinds the settings count as
    associations (association, centre social, PIJ…), on the map since before the end of the period."""
    queryset = PartnerPage.objects.live().filter(kind__in=kinds or []).annotate(person=F("pk"))
    queryset = queryset.annotate(at=F("first_published_at"), area=F("territory_id"), month=_month("at"))
    queryset = queryset.filter(at__lt=scope.end_before)
    if (ids := scope.territory_ids()) is not None:
        queryset = queryset.filter(area__in=ids)
    return [queryset]


@defined_as(
    "Collégiens et collégiennes distincts ayant une place confirmée (inscription pendant la période) à "
    "une offre ou un événement ; listes d'attente, annulations et doublons ne comptent pas."
)
def collegiens(scope):
    """Collégiens connectés au monde de l'entreprise: distinct young people in collège holding a confirmed
    seat (signed up in the period) for an offer or an event; waiting, cancelled and duplicates are not counted."""
    return [_signups(scope, collegiens_only=True), _class_pupils(scope, collegiens_only=True)]


@defined_as(
    "Jeunes distincts ayant eu au moins un contact avec le programme pendant la période : inscription "
    "confirmée ou en liste d'attente, histoire envoyée (avec l'accord d'un parent s'il le faut), demande "
    "d'aide. Chaque jeune compte une fois."
)
def young_people(scope):
    """Jeunes touchés: distinct young people with any recorded interaction in the period — a confirmed or
    waiting sign-up, a story sent (with the agreements it needs), a help request."""
    return [
        _signups(scope, statuses=(SignUpStatus.CONFIRMED, SignUpStatus.WAITING)),
        _contributions(scope),
        _help_requests(scope),
        _class_pupils(scope),
    ]


@defined_as(
    "Jeunes distincts dont la demande d'aide a été marquée « accompagné » ou « orienté » par un booster. "
    "Compté à la date où l'accompagnement ou l'orientation a commencé."
)
def pathways(scope):
    """Jeunes en parcours: distinct young people whose help request a booster marked as accompanied or
    oriented, counted when that started."""
    return [_help_requests(scope, accompanied_only=True)]


# Indicators that count young people: the public never sees one of them under 5 (stories, companies and
# associations are public already).
PEOPLE = frozenset({"collegiens", "young_people", "pathways"})


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    target: int
    value: int | None
    definition: str

    @property
    def measured(self):
        return self.value is not None

    @property
    def percent(self):
        if not self.measured or not self.target:
            return 0
        return min(100, round(100 * self.value / self.target))


DEFINITIONS = {
    "stories": stories,
    "companies": companies,
    "associations": associations,
    "collegiens": collegiens,
    "young_people": young_people,
    "pathways": pathways,
}


def _options(key, settings):
    return {"kinds": settings.association_kinds} if key == "associations" else {}


def compute(key, settings, scope, by=None):
    return DEFINITIONS[key](scope, by, **_options(key, settings))


def definition(key):
    return DEFINITIONS[key].definition


def counts(settings, scope, keys=None, by=None):
    """{key: Count(total, groups)} of the indicators, in all and by territory or month, in one SQL query.
    One the programme does not measure yet has None for its total."""
    keys = list(keys or DEFINITIONS)
    sources = {key: DEFINITIONS[key].sources(scope, **_options(key, settings)) for key in keys}
    counted = count_many({key: found for key, found in sources.items() if found is not None}, by)
    return {key: counted.get(key, Count(NOT_MEASURED)) for key in keys}


def indicators(settings, scope, keys=None, counted=None):
    """Each indicator's value over the scope, against its target and label from the settings (`counted`:
    the scope's `counts()`, when already made)."""
    keys = list(keys or DEFINITIONS)
    counted = counted or counts(settings, scope, keys)
    return [
        Indicator(key, settings.label(key), settings.target(key), counted[key].total, definition(key)) for key in keys
    ]
