"""/entreprises/: why and how a company joins, and its request (a pending account and a draft company page).

The request is a company-space sign-up (same e-mail check, same "never say who has an account") with a
SIRET that is required here, and what the company would offer. Once the address is confirmed the
moderators are told; they approve the account in the admin and publish the company page.
"""

from django import forms
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from opportunities.company_space import accounts
from opportunities.company_space.forms import CompanySignupForm
from portal import ratelimit
from portal.models.pages import HOME_SECTIONS

RATE_LIMIT = (5, 3600)

# key, name, what it is, what it takes
FORMATS = [
    ("stage_3e", "Stage d'observation de 3e", "Une semaine pour un collégien de 14–15 ans.", "Un tuteur, 5 jours."),
    ("visite", "Visite d'entreprise", "Un groupe découvre vos métiers sur place.", "2 à 3 heures, un guide."),
    ("decouverte", "Journée découverte métier", "Une journée aux côtés d'un salarié.", "Une journée, un binôme."),
    ("masterclass", "Masterclass", "Un professionnel raconte son métier.", "1 à 2 heures, une salle."),
    ("temoignage", "Témoignage en collège", "Vous venez parler de votre parcours en classe.", "1 heure, au collège."),
    ("job_dating", "Job dating", "Des entretiens courts avec des jeunes prêts à travailler.", "Une demi-journée."),
    (
        "parrainage",
        "Parrainage",
        "Un salarié accompagne un jeune dans sa recherche.",
        "1 à 2 heures par mois, 6 mois.",
    ),
    (
        "alternance",
        "Alternance",
        "Un contrat qui forme un jeune en travaillant.",
        "Un tuteur, un contrat de 1 à 3 ans.",
    ),
]


class CompanyJoinForm(CompanySignupForm):
    offered_formats = forms.MultipleChoiceField(
        label="Ce que vous pourriez proposer",
        choices=[(key, name) for key, name, _what, _takes in FORMATS],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Cochez au moins un format, même à titre indicatif."},
    )
    offer_message = forms.CharField(
        label="En quelques mots (facultatif)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        help_text="Vos métiers, le nombre de jeunes que vous pourriez accueillir, vos disponibilités.",
        error_messages={"max_length": "1 000 caractères au maximum (là : %(show_value)d)."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        siret = self.fields["siret"]
        siret.required = True
        siret.help_text = "14 chiffres, sur un extrait Kbis ou une facture ; nous vérifions sa clé."
        siret.error_messages["required"] = "Indiquez le SIRET de l'établissement (14 chiffres)."


def programme_figures(request):
    """The programme's key figures as on the home page (the steering app fills that section)."""
    site = Site.find_for_request(request)
    return HOME_SECTIONS.fill_one("key_figures", site.root_page.specific) if site else []


@never_cache
@require_http_methods(["GET", "POST"])
def join(request):
    form = CompanyJoinForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if ratelimit.hit(request, "company-join", *RATE_LIMIT):
            status = 429
        elif form.is_valid():
            account = accounts.sign_up(form.cleaned_data, request)
            if account is not None:
                accounts.record_join_request(account, form.cleaned_data)
            request.session["company_signup_email"] = form.cleaned_data["email"]
            return redirect("company_space:signup_sent")
        else:
            status = 400
    context = {
        "form": form,
        "formats": FORMATS,
        "figures": programme_figures(request),
        "rate_limited": status == 429,
    }
    response = render(request, "opportunities/company/join.html", context, status=status)
    return response
