"""Audience figures without cookies: one counter per page and per day, nothing about who read it."""

from django.db import models


class PageViewDay(models.Model):
    """How many times a page was read on a day, by people (not robots, not staff)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name="page")
    day = models.DateField("jour")
    views = models.PositiveIntegerField("vues", default=0)

    class Meta:
        verbose_name = "vues d'une page un jour"
        verbose_name_plural = "vues des pages par jour"
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="audience_one_counter_per_page_and_day")]
        indexes = [models.Index(fields=["day"], name="audience_day_idx")]

    def __str__(self):
        return f"{self.page_id} · {self.day} · {self.views}"
