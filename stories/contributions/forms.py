"""The forms young people, parents and readers fill in. Labels speak to a 14-year-old."""

from django import forms

from portal.forms import HoneypotMixin, SafeImageField, TerritoryChoiceField
from portal.sectors import Sector
from stories.choices import Outcome
from stories.consent import parent_contact, wording
from stories.contributions.models import StoryReport

MIN_AGE, MAX_AGE = 13, 30
PARENT_CONSENT_AGE = 15  # French age of digital consent
STORY_MIN_LENGTH, STORY_MAX_LENGTH = 200, 5000
PHOTO_NOT_KEPT = "Pour ta sécurité, une photo n'est jamais gardée quand le formulaire revient : choisis-la à nouveau."


class ContributionForm(HoneypotMixin, forms.Form):
    first_name = forms.CharField(
        label="Ton prénom ou un pseudo",
        max_length=40,
        help_text="Jamais ton nom de famille : c'est ce nom-là qui sera affiché.",
        error_messages={"required": "Écris ton prénom ou un pseudo.", "max_length": "40 caractères au maximum."},
    )
    age = forms.IntegerField(
        label="Ton âge",
        min_value=MIN_AGE,
        max_value=MAX_AGE,
        error_messages={
            "required": "Indique ton âge.",
            "invalid": "Écris ton âge en chiffres, par exemple 16.",
            "min_value": "Ce site est pour les 13–30 ans.",
            "max_value": "Ce site est pour les 13–30 ans.",
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    # Required here: a story is shown in its neighbourhood (StoryPage.territory).
    territory = TerritoryChoiceField(label="Ton quartier", required=True, empty_label="Choisis ton quartier")
    story = forms.CharField(
        label="Ton histoire",
        min_length=STORY_MIN_LENGTH,
        max_length=STORY_MAX_LENGTH,
        strip=True,
        help_text=(
            f"Entre {STORY_MIN_LENGTH} et {STORY_MAX_LENGTH:,} caractères (espaces compris). ".replace(",", "\u202f")
            + "D'où tu pars, qui t'a aidé·e, où tu en es. Pas de nom de famille, d'adresse ni de téléphone."
        ),
        widget=forms.Textarea(attrs={"rows": 12, "maxlength": STORY_MAX_LENGTH}),
        error_messages={
            "required": "Écris ton histoire.",
            "min_length": "Ton histoire est trop courte : au moins %(limit_value)d caractères (là : %(show_value)d).",
            "max_length": "Ton histoire est trop longue : %(limit_value)d caractères maximum (là : %(show_value)d).",
        },
    )
    outcome = forms.ChoiceField(
        label="Et maintenant, tu en es où ? (facultatif)",
        choices=[("", "Je préfère ne pas dire")] + Outcome.choices,
        required=False,
    )
    sector = forms.ChoiceField(
        label="Dans quel secteur ? (facultatif)",
        choices=[("", "Pas de secteur")] + Sector.choices,
        required=False,
    )
    photo = SafeImageField(
        label="Une photo (facultatif)",
        required=False,
        help_text="JPEG, PNG ou WebP, 10 Mo au maximum. On efface les infos cachées de la photo (lieu, date…).",
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    email = forms.EmailField(
        label="Ton e-mail",
        help_text="Pour te dire quand ton histoire est publiée. Il reste privé : jamais publié, jamais partagé.",
        error_messages={
            "required": "Indique ton e-mail.",
            "invalid": "Cet e-mail n'a pas l'air complet (exemple : prenom@mail.fr).",
        },
    )
    parent_name = forms.CharField(label="Nom de ton parent", max_length=120, required=False)
    parent_email = forms.EmailField(
        label="E-mail de ton parent",
        required=False,
        error_messages={"invalid": "Cet e-mail n'a pas l'air complet (exemple : parent@mail.fr)."},
    )
    consent_publication = forms.BooleanField(
        label=wording.text(wording.PUBLICATION),
        error_messages={"required": "Sans ton accord, on ne peut pas publier ton histoire : coche la case."},
    )
    consent_image = forms.BooleanField(label=wording.text(wording.IMAGE_RIGHTS), required=False)
    reuse_story = forms.BooleanField(
        label=wording.text(wording.REUSE_STORY),
        required=False,
        help_text="Si tu as moins de 18 ans, un parent devra aussi être d'accord.",
    )
    reuse_photo = forms.BooleanField(label=wording.text(wording.REUSE_PHOTO), required=False)

    def clean_first_name(self):
        value = self.cleaned_data["first_name"].strip()
        if "@" in value or any(char.isdigit() for char in value):
            raise forms.ValidationError("Juste un prénom ou un pseudo, sans chiffres ni e-mail.")
        return value

    def clean(self):
        cleaned = super().clean()
        age = cleaned.get("age")
        photo = cleaned.get("photo")
        if photo and not cleaned.get("consent_image"):
            self.add_error("consent_image", "Tu as mis une photo : coche cette case, ou enlève la photo.")
        if cleaned.get("reuse_photo") and not photo:
            cleaned["reuse_photo"] = False  # nothing to reuse: the wish is dropped, not an error
        wants_reuse = cleaned.get("reuse_story") or cleaned.get("reuse_photo")
        if age is not None and (age < PARENT_CONSENT_AGE or (age < 18 and (photo or wants_reuse))):
            if age < PARENT_CONSENT_AGE:
                why = "Tu as moins de 15 ans : un parent doit être d'accord."
            elif photo:
                why = "Tu as moins de 18 ans et tu envoies une photo : un parent doit être d'accord pour la photo."
            else:
                why = "Tu as moins de 18 ans et tu acceptes la reprise de ton histoire : un parent doit être d'accord."
            parent_contact.require_parent(self, cleaned, why)
        parent_contact.check_parent_email_is_not_theirs(self, cleaned)
        return cleaned


class ParentConsentForm(forms.Form):
    def __init__(self, *args, contribution, **kwargs):
        super().__init__(*args, **kwargs)
        if contribution.age < PARENT_CONSENT_AGE:
            self.fields["consent_publication"] = forms.BooleanField(
                label=wording.text(wording.PARENT_PUBLICATION),
                error_messages={"required": "Cochez cette case pour donner votre accord, ou cliquez sur « Refuser »."},
            )
        if contribution.photo_id:
            self.fields["consent_image"] = forms.BooleanField(
                label=wording.text(wording.PARENT_IMAGE_RIGHTS),
                required=False,
                help_text="Sans cette case, l'histoire part en relecture sans la photo, et la photo est effacée.",
            )
        # Reuse beyond the site is asked of the parent only when the young person wished it.
        if contribution.consent(wording.REUSE_STORY):
            self.fields["reuse_story"] = forms.BooleanField(
                label=wording.text(wording.PARENT_REUSE_STORY), required=False
            )
        if contribution.photo_id and contribution.consent(wording.REUSE_PHOTO):
            self.fields["reuse_photo"] = forms.BooleanField(
                label=wording.text(wording.PARENT_REUSE_PHOTO), required=False
            )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reuse_photo") and not cleaned.get("consent_image"):
            self.add_error(
                "reuse_photo",
                "Pour autoriser la reprise de la photo, acceptez d'abord sa publication (case au-dessus).",
            )
        return cleaned


class ReportForm(HoneypotMixin, forms.Form):
    reason = forms.ChoiceField(
        label="Pourquoi signales-tu cette histoire ?",
        choices=StoryReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choisis une raison."},
    )
    details = forms.CharField(
        label="Dis-nous en plus",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        help_text="Obligatoire si tu choisis « Autre ». 1 000 caractères au maximum. Ne donne pas d'infos sur toi.",
        error_messages={"max_length": "1 000 caractères au maximum (là : %(show_value)d)."},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == StoryReport.Reason.OTHER and not cleaned.get("details", "").strip():
            self.add_error("details", "Tu as choisi « Autre » : explique en quelques mots.")
        return cleaned
