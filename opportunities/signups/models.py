"""Seats and sign-ups, for anything that has a limited number of places.

An offer session or an event occurrence inherits `Bookable`; a `SignUp` points at it
through a generic foreign key. The booking rules (no overbooking, waiting list) live in
`opportunities.signups.booking`; this module only stores and counts.
"""

import secrets

from django.contrib import admin
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from opportunities.signups import identity
from portal.audiences import ADULT_AGE

__all__ = ["Attendance", "Bookable", "Consent", "BookableQuerySet", "SignUp", "SignUpHost", "SignUpStatus"]


class SignUpStatus(models.TextChoices):
    CONFIRMED = "confirmed", "Confirmée"
    # A minor's seat, held until a parent agrees (then confirmed) or refuses or the hold ends (then freed).
    PENDING = "pending", "En attente de l'accord parental"
    WAITING = "waiting", "Liste d'attente"
    CANCELLED = "cancelled", "Annulée"


# Statuses that take a seat: nothing else is ever counted against `seats`.
SEAT_HOLDING = (SignUpStatus.CONFIRMED, SignUpStatus.PENDING)


class Consent(models.TextChoices):
    GIVEN = "given", "Accord donné"
    REFUSED = "refused", "Refusé"
    # Sign-ups of minors recorded before parents were asked online (their parent was named in the form).
    LEGACY = "legacy", "Inscription antérieure à l'accord en ligne"


# Answers that let a company see a minor's sign-up.
CONSENT_SHOWN = (Consent.GIVEN, Consent.LEGACY)


class Attendance(models.TextChoices):
    PRESENT = "present", "Présent·e"
    ABSENT = "absent", "Absent·e"


def new_cancel_token():
    return secrets.token_urlsafe(32)


class SignUpQuerySet(models.QuerySet):
    def for_slot(self, slot):
        return self.filter(content_type=ContentType.objects.get_for_model(slot), object_id=slot.pk)

    def for_slots(self, model, ids):
        return self.filter(content_type=ContentType.objects.get_for_model(model), object_id__in=ids)

    def confirmed(self):
        return self.filter(status=SignUpStatus.CONFIRMED)

    def holding_seats(self):
        return self.filter(status__in=SEAT_HOLDING)

    def pending(self):
        return self.filter(status=SignUpStatus.PENDING)

    def visible_to_organiser(self):
        """What a company or an organiser may see: a minor only once a parent agreed."""
        return self.filter(
            models.Q(age__gte=ADULT_AGE) | models.Q(consent__in=CONSENT_SHOWN) | models.Q(is_class_booking=True)
        )

    def seats_used(self):
        """Seats these sign-ups take: one per person, the headcount for a class."""
        return self.order_by().aggregate(n=models.Sum("headcount"))["n"] or 0

    def waiting(self):
        return self.filter(status=SignUpStatus.WAITING)

    def active(self):
        return self.exclude(status=SignUpStatus.CANCELLED)

    def of_person(self, person_key):
        return self.filter(person_key=person_key)


class SignUp(models.Model):
    """One person signed up for one bookable slot (confirmed, on the waiting list, or cancelled).

    Contact data here is private: shown only to the organiser and staff, never on a
    public page, in search or in an API.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    slot = GenericForeignKey("content_type", "object_id")

    status = models.CharField("statut", max_length=10, choices=SignUpStatus.choices, default=SignUpStatus.CONFIRMED)
    first_name = models.CharField("prénom", max_length=60)
    last_name = models.CharField("nom", max_length=60)
    age = models.PositiveSmallIntegerField("âge")
    is_collegien = models.BooleanField("collégien ou collégienne", default=False)
    school = models.CharField("collège", max_length=120, blank=True)
    school_class = models.CharField("classe", max_length=20, blank=True)
    email = models.EmailField("e-mail", blank=True)
    phone = models.CharField("téléphone", max_length=20, blank=True)
    parent_name = models.CharField("nom d'un parent", max_length=120, blank=True)
    parent_email = models.EmailField("e-mail du parent", blank=True)
    parent_phone = models.CharField("téléphone du parent", max_length=20, blank=True)
    message = models.TextField("message", max_length=1000, blank=True)
    # A teacher booking for a class: first_name/last_name/contact are the teacher's, age is 0.
    # Where the young person lives, if they said (« je ne sais pas » leaves it empty): the programme's
    # figures break down by territory with it, else by where the activity takes place. Kept after erasure.
    territory = models.ForeignKey(
        "portal.Territory",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="quartier du ou de la jeune",
    )
    is_class_booking = models.BooleanField("réservation pour une classe", default=False)
    headcount = models.PositiveSmallIntegerField("places prises", default=1)
    # The date and times the person was last told (at sign-up, or in a "new time" e-mail).
    told_when = models.CharField("horaire annoncé", max_length=160, blank=True, editable=False)
    created_at = models.DateTimeField("inscrit le", auto_now_add=True)
    cancelled_at = models.DateTimeField("annulée le", null=True, blank=True)
    # The only key to the person's own sign-up: sent by e-mail, never shown elsewhere.
    cancel_token = models.CharField(max_length=64, unique=True, default=new_cancel_token, editable=False)
    # Who this is, whatever the spelling (see `identity`): kept after the contact data is erased.
    person_key = models.CharField("personne", max_length=64, blank=True, db_index=True, editable=False)
    attendance = models.CharField("présence", max_length=10, choices=Attendance.choices, blank=True)
    # A parent's answer for a minor, dated: kept as evidence (the contact data is erased, not these).
    consent = models.CharField("accord parental", max_length=10, choices=Consent.choices, blank=True)
    consent_requested_at = models.DateTimeField("accord demandé le", null=True, blank=True, editable=False)
    consent_answered_at = models.DateTimeField("réponse du parent le", null=True, blank=True, editable=False)
    hold_until = models.DateTimeField("place gardée jusqu'au", null=True, blank=True, editable=False)
    reminded_at = models.DateTimeField("rappel envoyé le", null=True, blank=True, editable=False)
    attendance_marked_at = models.DateTimeField("présence notée le", null=True, blank=True, editable=False)

    # What the person fills in, in the form's order; all of it but age and collégien or not is
    # personal data, erased after the retention period (the programme's figures keep counting).
    FILLED_IN_FIELDS = [
        "first_name",
        "last_name",
        "age",
        "is_collegien",
        "school",
        "school_class",
        "email",
        "phone",
        "parent_name",
        "parent_email",
        "parent_phone",
        "message",
    ]
    PERSONAL_FIELDS = [name for name in FILLED_IN_FIELDS if name not in ("age", "is_collegien")]
    # What a company (or an event's organiser) sees of each person, for the day and nothing more.
    # A minor reaches it only once a parent agreed; the company then calls the parent, not the child.
    ORGANISER_FIELDS = ["first_name", "last_name", "age", "school", "school_class", "email", "phone", "message"]
    ORGANISER_FIELDS_MINOR = [
        "first_name",
        "last_name",
        "age",
        "school",
        "school_class",
        "parent_name",
        "parent_phone",
        "message",
    ]

    objects = SignUpQuerySet.as_manager()

    class Meta:
        verbose_name = "inscription"
        verbose_name_plural = "inscriptions"
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id", "status"], name="signup_slot_status")]

    def __str__(self):
        return f"{self.first_name} {self.last_name[:1]}. ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        # Normalised on every path (form, admin, factories, commands), so a person is found again.
        self.email = identity.normalise_email(self.email)
        self.phone = identity.normalise_phone(self.phone)
        if (self.first_name and (self.email or self.phone)) or not self.person_key:
            # An erased row (no name, no contact) keeps the key it had.
            self.person_key = identity.person_key(self.first_name, self.email, self.phone)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"email", "phone", "first_name"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "person_key"}
        super().save(*args, **kwargs)

    @property
    @admin.display(description="nom")
    def full_name(self):
        return f"{self.first_name} {self.last_name}"

    def get_is_collegien_display(self):
        return "Oui" if self.is_collegien else "Non"

    @property
    def slot_title(self):
        """What and when the person signed up for (for staff lists)."""
        return self.slot.signup_title if self.slot else "—"

    @property
    def waiting_ahead(self):
        """How many people are before this one on the waiting list (0 when not waiting)."""
        if not self.is_waiting:
            return 0
        same_slot = SignUp.objects.filter(content_type_id=self.content_type_id, object_id=self.object_id)
        return same_slot.waiting().filter(created_at__lt=self.created_at).count()

    @property
    def is_minor(self):
        return not self.is_class_booking and self.age < ADULT_AGE

    @property
    def is_pending(self):
        return self.status == SignUpStatus.PENDING

    @property
    def parent_agreed(self):
        return self.consent in CONSENT_SHOWN

    @property
    def visible_to_organiser(self):
        return not self.is_minor or self.parent_agreed

    @property
    def organiser_fields(self):
        return self.ORGANISER_FIELDS_MINOR if self.is_minor else self.ORGANISER_FIELDS

    @property
    def is_confirmed(self):
        return self.status == SignUpStatus.CONFIRMED

    @property
    def is_waiting(self):
        return self.status == SignUpStatus.WAITING

    @property
    def is_cancelled(self):
        return self.status == SignUpStatus.CANCELLED


class BookableQuerySet(models.QuerySet):
    def with_seats_taken(self):
        """Annotate `confirmed_signups` (seats taken, parental holds included) and `waiting_signups`, no N+1."""
        content_type = ContentType.objects.get_for_model(self.model)

        def count(*statuses, aggregate):
            counted = (
                SignUp.objects.filter(content_type=content_type, object_id=OuterRef("pk"), status__in=statuses)
                .order_by()
                .values("object_id")
                .annotate(n=aggregate)
                .values("n")
            )
            return Coalesce(Subquery(counted, output_field=models.IntegerField()), 0)

        return self.annotate(
            confirmed_signups=count(*SEAT_HOLDING, aggregate=Sum("headcount")),
            waiting_signups=count(SignUpStatus.WAITING, aggregate=Count("pk")),
        )


class SignUpHost(models.Model):
    """A page whose dates people sign up for (an offer, an event); it also provides `title` and `type_label`.

    `takes_class_bookings` (False here) says whether a teacher may book a date for a whole class.
    """

    takes_class_bookings = False

    notification_email = models.EmailField(
        "e-mail qui reçoit les inscriptions",
        blank=True,
        help_text="Jamais affiché : chaque inscription et chaque désistement y est envoyé.",
    )
    max_signups_per_person = models.PositiveSmallIntegerField(
        "inscriptions par personne",
        default=1,
        help_text="Combien de dates une même personne peut réserver (1 par défaut).",
    )

    class Meta:
        abstract = True


class Bookable(models.Model):
    """Something people sign up for, with a number of seats: a date of a `SignUpHost` page.

    A concrete subclass names its page in `host_field` and provides `when` (the date and times in
    words), `first_day` and `last_day` (local dates), `is_open` and `is_past`, and a classmethod
    `starting_on(day)` (its slots that start that day and still take place); optionally
    `signup_details` (place, practical information) and `ready_to_book()`.
    """

    host_field = None

    seats = models.PositiveIntegerField("places", default=10)
    signups = GenericRelation(SignUp)

    objects = BookableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def host_page(self):
        return getattr(self, self.host_field)

    @property
    def host_page_id(self):
        return getattr(self, f"{self.host_field}_id")

    @property
    def seats_taken(self):
        annotated = getattr(self, "confirmed_signups", None)
        if annotated is not None:
            return annotated
        return SignUp.objects.for_slot(self).holding_seats().seats_used()

    @property
    def waiting_count(self):
        annotated = getattr(self, "waiting_signups", None)
        if annotated is not None:
            return annotated
        return SignUp.objects.for_slot(self).waiting().count()

    @property
    def seats_left(self):
        return max(0, self.seats - self.seats_taken)

    @property
    def is_full(self):
        return self.seats_left == 0

    def ready_to_book(self):
        """The saved row the booking engine locks; a date nobody has booked yet may create it here."""
        return self

    # What the booking engine and its e-mails say about the slot.
    @property
    def signup_title(self):
        page = self.host_page
        return f"{page.title} ({page.type_label}), {self.when}"

    @property
    def signup_url(self):
        page = self.host_page
        return page.full_url or page.url or "/"

    @property
    def signup_details(self):
        return ""

    @property
    def notify_emails(self):
        email = self.host_page.notification_email
        return [email] if email else []
