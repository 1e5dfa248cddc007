"""Where the admin shows what may be reused: the contributions list (column and filter) and the image
library (a filter and a line on each contributed photo). The story editor's panel is in panels.py."""

import django_filters
from django import forms
from django.urls import path
from wagtail.admin.filters import WagtailFilterSet
from wagtail.images.views import images as image_views

import portal.converters  # noqa: F401 (registers <id:…>)
from stories.consent import reuse
from stories.consent.models import Contribution

REUSE_CHOICES = [("histoire", "Histoire réutilisable"), ("photo", "Photo réutilisable")]


def reuse_label(story_reusable, photo_reusable):
    allowed = [name for name, ok in (("l'histoire", story_reusable), ("la photo", photo_reusable)) if ok]
    return "Oui : " + " et ".join(allowed) if allowed else "Non"


class ContributionFilterSet(WagtailFilterSet):
    reuse = django_filters.ChoiceFilter(
        label="Réseaux sociaux et imprimés", choices=REUSE_CHOICES, method="filter_reuse", empty_label="Tout"
    )

    class Meta:
        model = Contribution
        fields = ["status"]

    def filter_reuse(self, queryset, name, value):
        return queryset.filter(story_reusable=True) if value == "histoire" else queryset.filter(photo_reusable=True)


class ImageReuseFilterSet(image_views.ImagesFilterSet):
    reuse = django_filters.ChoiceFilter(
        label="Réutilisation (réseaux sociaux, imprimés)",
        choices=[("oui", "Photos de jeunes réutilisables")],
        method="filter_reuse",
        empty_label="Toutes les images",
        widget=forms.RadioSelect,
    )

    class Meta(image_views.ImagesFilterSet.Meta):
        fields = []

    def filter_reuse(self, queryset, name, value):
        return reuse.reusable_images(queryset) if value == "oui" else queryset


class ImageIndexView(image_views.IndexView):
    filterset_class = ImageReuseFilterSet


class ImageEditView(image_views.EditView):
    template_name = "stories/admin/image_edit.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        contribution = Contribution.objects.filter(photo=self.object).first()
        context["contribution"] = contribution
        if contribution is not None:
            context["reuse_status"] = reuse_label(*reuse.status_of(contribution))
        return context


def image_library_urls():
    """The image library's list and edit pages, with the reuse filter and status (they take Wagtail's place:
    the project's hooks are registered before wagtail.images', so these URLs resolve first)."""
    return [
        path("images/", ImageIndexView.as_view(), name="stories_images_index"),
        path("images/results/", ImageIndexView.as_view(results_only=True), name="stories_images_index_results"),
        path("images/<id:image_id>/", ImageEditView.as_view(), name="stories_images_edit"),
    ]
