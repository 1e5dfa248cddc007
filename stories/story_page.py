"""The "100 belles histoires": young people of the neighbourhoods whose path can inspire others."""

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.models.pages import SeoFields
from portal.og_image import OgCard
from portal.sectors import Sector
from portal.visibility import visible_q
from stories.blocks import StoryBodyBlock
from stories.choices import Outcome, Profile
from stories.consent import publication
from stories.consent.panels import ReuseConsentPanel
from stories.jsonld import story_article
from stories.related import related_stories

# Page types a story's path can point to; a type whose issue has not landed is left out.
PATH_PAGE_TYPES = ["partners_directory.PartnerPage", "opportunities.OfferPage", "opportunities.EventPage"]
PROGRAMME_TARGET = 100


def available_path_page_types():
    available = []
    for label in PATH_PAGE_TYPES:
        try:
            apps.get_model(label)
        except LookupError:
            continue
        available.append(label)
    return available


@dataclass(frozen=True)
class PathStep:
    """A step of a young person's path as its card shows it."""

    title: str
    url: str
    kind: str  # the type of page: partenaire, offre, événement
    role: str


class PathPageChooserPanel(PageChooserPanel):
    """A page chooser limited to the path page types that exist when the form is built."""

    def get_form_options(self):
        self.page_type = available_path_page_types()
        return super().get_form_options()


class StoryTag(TaggedItemBase):
    content_object = ParentalKey("stories.StoryPage", related_name="tagged_items", on_delete=models.CASCADE)


class StoryPage(SeoFields, Page):
    """One young person's path, told with their first name or a pseudonym, never a surname."""

    first_name = models.CharField(
        "prénom ou pseudo",
        max_length=40,
        help_text="Jamais de nom de famille.",
    )
    age = models.PositiveSmallIntegerField("âge au moment de l'histoire")
    territory = models.ForeignKey(
        "portal.Territory",
        on_delete=models.PROTECT,
        related_name="stories",
        verbose_name="territoire",
    )
    profile = models.CharField("parcours", max_length=20, choices=Profile.choices)
    outcome = models.CharField("et maintenant ?", max_length=20, choices=Outcome.choices)
    sector = models.CharField("secteur", max_length=20, choices=Sector.choices, blank=True)
    summary = models.CharField(
        "en une phrase",
        max_length=240,
        help_text="Montrée sur les cartes, dans le flux RSS et les résultats de recherche.",
    )
    body = StreamField(StoryBodyBlock(), verbose_name="l'histoire")
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="image principale",
    )
    main_image_alt = models.CharField(
        "texte alternatif de l'image",
        max_length=200,
        blank=True,
        help_text="Ce que montre l'image, pour les personnes qui ne la voient pas.",
    )
    tags = ClusterTaggableManager("mots-clés", through=StoryTag, blank=True)
    date_published = models.DateField("date de publication", default=timezone.localdate)
    featured = models.BooleanField(
        "à la une",
        default=False,
        help_text="Les histoires à la une sont montrées sur la page d'accueil.",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("first_name"), FieldPanel("age")]),
                FieldPanel("territory"),
                FieldRowPanel([FieldPanel("profile"), FieldPanel("outcome")]),
                FieldPanel("sector"),
            ],
            heading="Qui ?",
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("main_image"), FieldPanel("main_image_alt")], heading="Image"),
        ReuseConsentPanel(heading="Reprise ailleurs que sur le site"),
        InlinePanel("path_steps", label="étape du parcours", heading="Le parcours"),
        MultiFieldPanel(
            [FieldPanel("tags"), FieldRowPanel([FieldPanel("date_published"), FieldPanel("featured")])],
            heading="Classement",
        ),
    ]
    promote_panels = SeoFields.promote_panels

    search_fields = Page.search_fields + [
        index.SearchField("first_name"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("profile"),
        index.FilterField("outcome"),
        index.FilterField("sector"),
        index.FilterField("territory"),
    ]

    api_fields = [
        APIField("first_name"),
        APIField("age"),
        APIField("profile"),
        APIField("outcome"),
        APIField("sector"),
        APIField("summary"),
        APIField("date_published"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "histoire"
        ordering = ["-date_published"]

    def missing_before_publication(self):
        """What a moderator still has to fill in a contributed draft before it can be published."""
        missing = []
        if not self.profile:
            missing.append("le parcours")
        if not self.outcome:
            missing.append("« et maintenant ? »")
        if self.main_image_id and not self.main_image_alt:
            missing.append("le texte alternatif de l'image")
        return missing

    def clean(self):
        super().clean()
        if self.main_image and not self.main_image_alt:
            raise ValidationError({"main_image_alt": "Décrivez l'image : c'est obligatoire quand il y a une image."})
        if self.go_live_at and publication.contribution_of(self) is not None:
            raise ValidationError({"go_live_at": publication.NOT_SCHEDULED})

    def permissions_for_user(self, user):
        return publication.StoryPermissionTester(user, self)

    def publish(self, revision, *args, **kwargs):
        # Every revision.publish() ends here: a contributed story goes public only as its workflow's approval.
        publication.check(self, revision)
        return super().publish(revision, *args, **kwargs)

    @property
    def search_summary(self):
        return self.summary

    @property
    def search_detail(self):
        return self.territory.name if self.territory_id else ""

    def og_card(self):
        """What the drawn Open Graph image of this story shows (portal/og_image.py)."""
        kicker = "Belle histoire" + (f" · {self.get_outcome_display()}" if self.outcome else "")
        place = f"{self.territory.name}, {self.territory.commune}" if self.territory_id else ""
        return OgCard(title=self.title, kicker=kicker, place=place, theme="story")

    @property
    def who(self):
        return f"{self.first_name}, {self.age} ans"

    @cached_property
    def path_pages(self):
        """The visible pages of this young person's path, in editor order, as `PathStep`s (one query: the
        cards show the page's title, address and type, nothing of its own type's fields)."""
        steps = self.path_steps.filter(visible_q("page__")).select_related("page").order_by("sort_order", "pk")
        return [
            PathStep(step.page.title, step.page.url, step.page.specific_class.get_verbose_name(), step.role)
            for step in steps
            if step.page.specific_class is not None
        ]

    def related_stories(self, limit=3):
        return related_stories(self, StoryPage.objects.all(), limit)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_stories()
        context["path"] = self.path_pages
        context["tags"] = tags = list(self.tags.all())
        # The index is this page's parent: its URL is ours without the last segment.
        context["index_url"] = self.get_url(request)[: -len(self.slug) - 1]
        context["article"] = story_article(self, request, tags)
        return context


class StoryPathStep(Orderable):
    """A partner, offer or event that was part of the young person's path."""

    story = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="path_steps")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="partenaire, offre ou événement",
    )
    role = models.CharField(
        "ce que ça a apporté",
        max_length=160,
        blank=True,
        help_text="Par exemple : « m'a aidée à refaire mon CV ».",
    )

    panels = [PathPageChooserPanel("page"), FieldPanel("role")]

    def clean(self):
        super().clean()
        if self.page_id and self.page.specific_class._meta.label not in available_path_page_types():
            raise ValidationError({"page": "Choisissez un partenaire, une offre ou un événement."})

    class Meta(Orderable.Meta):
        verbose_name = "étape du parcours"
