"""Actualités: what happens in the programme (event recaps, new partners, figures reached)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from news.jsonld import news_article
from portal.blocks import StandardBodyBlock
from portal.models.pages import SeoFields
from portal.og_image import OgCard
from portal.visibility import visible

RELATED_PAGE_TYPES = [
    "stories.StoryPage",
    "opportunities.OfferPage",
    "opportunities.EventPage",
    "partners_directory.PartnerPage",
]


class NewsCategory(models.TextChoices):
    EVENT_RECAP = "retour", "Retour sur un événement"
    NEW_PARTNER = "partenaire", "Nouveau partenaire"
    MILESTONE = "chiffres", "Un cap franchi"
    PROGRAMME = "programme", "Vie du programme"


class NewsTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(SeoFields, Page):
    """One piece of news: an event told afterwards, a new partner, a figure the programme reached."""

    category = models.CharField("rubrique", max_length=20, choices=NewsCategory.choices)
    date_published = models.DateField("date", default=timezone.localdate)
    summary = models.CharField(
        "chapeau", max_length=300, help_text="Une ou deux phrases montrées sur les cartes, la lettre et le flux RSS."
    )
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="image principale",
    )
    main_image_alt = models.CharField("texte alternatif de l'image", max_length=200, blank=True)
    territory = models.ForeignKey(
        "portal.Territory",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
        verbose_name="territoire",
        help_text="Facultatif : le quartier dont parle l'actualité.",
    )
    body = StreamField(StandardBodyBlock(), verbose_name="texte")
    tags = ClusterTaggableManager("mots-clés", through=NewsTag, blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("category"), FieldPanel("date_published")]),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("main_image"), FieldPanel("main_image_alt")], heading="Image"),
        FieldPanel("body"),
        InlinePanel("related_links", heading="À voir aussi", label="page liée"),
        MultiFieldPanel([FieldPanel("territory"), FieldPanel("tags")], heading="Classement"),
    ]
    promote_panels = SeoFields.promote_panels

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("summary"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("category"),
        index.FilterField("date_published"),
    ]
    api_fields = [APIField("category"), APIField("date_published"), APIField("summary"), APIField("body")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    card_template = "news/includes/news_card.html"

    class Meta:
        verbose_name = "actualité"
        ordering = ["-date_published"]

    def clean(self):
        super().clean()
        if self.main_image and not self.main_image_alt:
            raise ValidationError({"main_image_alt": "Décrivez l'image : c'est obligatoire quand il y a une image."})

    @property
    def search_summary(self):
        return self.summary

    @property
    def search_detail(self):
        return f"{self.get_category_display()} · {date_format(self.date_published, 'j F Y')}"

    def og_card(self):
        """What the drawn Open Graph image of this news item shows (portal/og_image.py)."""
        place = self.territory.name if self.territory_id else date_format(self.date_published, "j F Y")
        return OgCard(title=self.title, kicker=f"Actualité · {self.get_category_display()}", place=place, theme="news")

    def related_pages(self):
        """The live, public pages chosen under "À voir aussi", as their specific types, in editor order."""
        links = list(self.related_links.all())
        pages = visible(Page.objects.filter(pk__in=[link.page_id for link in links])).specific().in_bulk()
        return [pages[link.page_id] for link in links if link.page_id in pages]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tags"] = tags = list(self.tags.all())
        context["related"] = self.related_pages()
        context["index_url"] = self.get_url(request)[: -len(self.slug) - 1]
        context["article"] = news_article(self, request, tags)
        return context


class NewsRelatedLink(Orderable):
    """A story, offer, event or partner the news item points to."""

    news = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="histoire, offre, événement ou partenaire",
    )

    panels = [PageChooserPanel("page", page_type=RELATED_PAGE_TYPES)]

    class Meta(Orderable.Meta):
        verbose_name = "page liée"
