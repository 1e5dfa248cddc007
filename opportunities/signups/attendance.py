"""Who came: after the date, the company (in its space) and moderators (in the admin) mark each seat.

One form for both screens. Only confirmed sign-ups the organiser may see are listed, and only once
the date has started; the programme's counts (`counting`) then use attendance where it is marked.
"""

from django import forms
from django.db import transaction
from django.utils import timezone

from opportunities.signups.models import Attendance, SignUp

CHOICES = [("", "Pas noté"), *Attendance.choices]


def people_to_mark(slot):
    return SignUp.objects.for_slot(slot).confirmed().visible_to_organiser().order_by("last_name", "first_name", "pk")


class AttendanceForm(forms.Form):
    """One radio group per sign-up (`presence-<pk>`), in one screen."""

    def __init__(self, slot, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.slot = slot
        self.people = list(people_to_mark(slot))
        for person in self.people:
            label = (
                f"Classe {person.school_class} ({person.headcount} élèves), {person.full_name}"
                if person.is_class_booking
                else person.full_name
            )
            self.fields[f"presence-{person.pk}"] = forms.ChoiceField(
                label=label, choices=CHOICES, required=False, initial=person.attendance, widget=forms.RadioSelect
            )

    def rows(self):
        return [(person, self[f"presence-{person.pk}"]) for person in self.people]

    def clean(self):
        cleaned = super().clean()
        if not self.slot.is_past:
            raise forms.ValidationError("Les présences se notent une fois la date commencée.", code="too_early")
        return cleaned

    def save(self):
        """Store what changed; returns how many sign-ups were updated."""
        now = timezone.now()
        changed = 0
        with transaction.atomic():
            for person in self.people:
                value = self.cleaned_data.get(f"presence-{person.pk}", "")
                if value != person.attendance:
                    SignUp.objects.filter(pk=person.pk).update(attendance=value, attendance_marked_at=now)
                    changed += 1
        return changed
