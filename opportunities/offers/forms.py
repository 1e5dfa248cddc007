"""The offer editing form: a session with people signed up is cancelled, never silently deleted."""

from wagtail.admin.forms import WagtailAdminPageForm

from opportunities.signups.models import SignUp

DELETE_WITH_SIGNUPS = (
    "La session du {date} a des inscrits : coche « session annulée » au lieu de la supprimer, "
    "ils seront prévenus par e-mail."
)


class OfferPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        sessions = self.formsets.get("sessions")
        if sessions is not None and sessions.is_valid():
            for form in sessions.deleted_forms:
                session = form.instance
                if session.pk and SignUp.objects.for_slot(session).active().exists():
                    self.add_error(None, DELETE_WITH_SIGNUPS.format(date=session.date.strftime("%d/%m/%Y")))
        return cleaned
