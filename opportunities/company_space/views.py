"""Views of the company space: HTTP only; accounts.py and offer_editing.py do the work."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from opportunities.company_space import accounts, csv_export, emails, offer_editing
from opportunities.company_space.dashboard import company_dashboard
from opportunities.company_space.forms import (
    CompanyLoginForm,
    CompanyPasswordResetForm,
    CompanySignupForm,
    OfferForm,
    SessionFormSet,
)
from opportunities.company_space.permissions import (
    approved_company_required,
    company_account_required,
    own_offer_or_404,
    own_session_or_404,
)
from opportunities.company_space.workflow import awaiting_moderation
from opportunities.offers.index_page import OfferIndexPage
from opportunities.signups.attendance import AttendanceForm
from opportunities.signups.models import SignUp
from portal import ratelimit

SIGNUP_RATE_LIMIT = (5, 3600)
LOGIN_RATE_LIMIT = (20, 900)
RESET_RATE_LIMIT = (5, 3600)
RESEND_RATE_LIMIT = (3, 3600)
TEMPLATES = "opportunities/company/"


def _private(response):
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


# --- Account ------------------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated and hasattr(request.user, "company_account"):
        return redirect("company_space:dashboard")
    form = CompanySignupForm(request.POST or None)
    rate_limited = False
    if request.method == "POST":
        if ratelimit.hit(request, "company-signup", *SIGNUP_RATE_LIMIT):
            rate_limited = True
        elif form.is_valid():
            accounts.sign_up(form.cleaned_data, request)
            request.session["company_signup_email"] = form.cleaned_data["email"]
            return redirect("company_space:signup_sent")
    context = {"form": form, "rate_limited": rate_limited}
    return _private(render(request, TEMPLATES + "signup.html", context, status=429 if rate_limited else 200))


@never_cache
def signup_sent(request):
    context = {"email": request.session.get("company_signup_email", "")}
    return _private(render(request, TEMPLATES + "signup_sent.html", context))


@never_cache
def verify_email(request, token):
    account = accounts.verify_email(token)
    return _private(
        render(request, TEMPLATES + "email_verified.html", {"account": account}, status=200 if account else 400)
    )


@never_cache
@require_POST
@company_account_required
def resend_verification(request):
    account = request.company_account
    if not account.email_verified and not ratelimit.hit(request, "company-resend", *RESEND_RATE_LIMIT):
        emails.send_verification(account, request)
        messages.success(request, f"Un nouveau lien vient de partir vers {account.email}.")
    elif not account.email_verified:
        messages.error(request, "Plusieurs liens sont déjà partis : attendez un peu et regardez vos indésirables.")
    return redirect("company_space:pending")


@never_cache
@company_account_required
def pending(request):
    account = request.company_account
    if account.is_approved:
        return redirect("company_space:dashboard")
    return _private(render(request, TEMPLATES + "pending.html", {"account": account}))


@method_decorator(never_cache, name="dispatch")
class CompanyLoginView(auth_views.LoginView):
    form_class = CompanyLoginForm
    template_name = TEMPLATES + "login.html"
    redirect_authenticated_user = False

    def get_default_redirect_url(self):
        return reverse("company_space:dashboard")

    def post(self, request, *args, **kwargs):
        if ratelimit.hit(request, "company-login", *LOGIN_RATE_LIMIT):
            # The bound form keeps the typed e-mail.
            context = self.get_context_data(form=self.get_form(), rate_limited=True)
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)


class CompanyLogoutView(auth_views.LogoutView):
    next_page = reverse_lazy("company_space:login")

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, "Vous êtes déconnecté·e. À bientôt !")
        return response


class CompanyPasswordResetView(auth_views.PasswordResetView):
    form_class = CompanyPasswordResetForm
    template_name = TEMPLATES + "password_reset.html"
    email_template_name = TEMPLATES + "emails/password_reset.txt"
    subject_template_name = TEMPLATES + "emails/password_reset_subject.txt"
    success_url = reverse_lazy("company_space:password_reset_done")

    def post(self, request, *args, **kwargs):
        if ratelimit.hit(request, "company-password-reset", *RESET_RATE_LIMIT):
            context = self.get_context_data(form=self.get_form(), rate_limited=True)
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)


class CompanyPasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = TEMPLATES + "password_reset_done.html"


class CompanyPasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = TEMPLATES + "password_reset_confirm.html"
    success_url = reverse_lazy("company_space:password_reset_complete")


class CompanyPasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = TEMPLATES + "password_reset_complete.html"


# --- Offers -------------------------------------------------------------------------------


@never_cache
@approved_company_required
def dashboard(request):
    account = request.company_account
    context = {"account": account, "board": company_dashboard(account.company)}
    return _private(render(request, TEMPLATES + "dashboard.html", context))


def _offer_form_response(request, template, context):
    status = 200 if request.method == "GET" else 400
    return _private(render(request, TEMPLATES + template, context, status=status))


@never_cache
@require_http_methods(["GET", "POST"])
@approved_company_required
def offer_create(request):
    account = request.company_account
    if OfferIndexPage.objects.first() is None:
        return _private(render(request, TEMPLATES + "no_offer_index.html", status=503))
    initial = {"notification_email": account.email, "audience": "collegiens_3e"}
    form = OfferForm(request.POST or None, initial=initial)
    sessions = SessionFormSet(request.POST or None, prefix="sessions", offer_type=request.POST.get("offer_type", ""))
    if request.method == "POST" and form.is_valid() and sessions.is_valid():
        offer = offer_editing.create_offer(account, request.user, form.cleaned_data, list(sessions.kept_sessions()))
        messages.success(
            request, f"« {offer.title} » est envoyée aux modérateurs. Un e-mail vous dira quand elle est en ligne."
        )
        return redirect("company_space:offer_detail", offer.pk)
    context = {"account": account, "form": form, "sessions": sessions, "offer": None}
    return _offer_form_response(request, "offer_form.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
@approved_company_required
def offer_edit(request, pk):
    account = request.company_account
    offer = own_offer_or_404(account, pk)
    draft = offer.get_latest_revision_as_object()
    existing = offer_editing.draft_sessions(draft)
    form = OfferForm(request.POST or None, initial=offer_editing.initial_offer_data(draft))
    sessions = SessionFormSet(
        request.POST or None,
        prefix="sessions",
        initial=offer_editing.initial_session_data(existing),
        existing=existing,
        lock_published=offer.live,
        offer_type=request.POST.get("offer_type", draft.offer_type),
    )
    sessions.extra = 1
    if request.method == "POST" and form.is_valid() and sessions.is_valid():
        offer_editing.update_offer(offer, request.user, form.cleaned_data, list(sessions.kept_sessions()))
        if offer.live:
            note = "La version en ligne reste affichée jusqu'à la validation des modifications par un modérateur."
        else:
            note = "Vous recevrez un e-mail dès qu'elle est en ligne."
        messages.success(request, f"Modifications envoyées aux modérateurs. {note}")
        return redirect("company_space:offer_detail", offer.pk)
    context = {"account": account, "form": form, "sessions": sessions, "offer": offer}
    return _offer_form_response(request, "offer_form.html", context)


@never_cache
@approved_company_required
def offer_detail(request, pk):
    account = request.company_account
    offer = own_offer_or_404(account, pk)
    sessions = list(offer.all_sessions)
    for session in sessions:
        session.page = offer
    context = {
        "account": account,
        "offer": offer,
        "sessions": sessions,
        "in_review": awaiting_moderation(offer),
        "workflow_state": offer.current_workflow_state,
    }
    return _private(render(request, TEMPLATES + "offer_detail.html", context))


@never_cache
@require_http_methods(["GET", "POST"])
@approved_company_required
def offer_close(request, pk):
    account = request.company_account
    offer = own_offer_or_404(account, pk)
    if request.method == "POST" and not offer.signups_closed:
        offer_editing.close_offer(offer)
        messages.success(request, f"« {offer.title} » est fermée : elle ne paraît plus dans la liste des offres.")
        return redirect("company_space:offer_detail", offer.pk)
    return _private(render(request, TEMPLATES + "offer_close.html", {"account": account, "offer": offer}))


@never_cache
@approved_company_required
def offer_reopen(request, pk):
    account = request.company_account
    offer = own_offer_or_404(account, pk)
    if request.method == "POST" and offer.signups_closed:
        offer_editing.reopen_offer(offer)
        messages.success(request, f"« {offer.title} » est rouverte : on peut de nouveau s'y inscrire.")
    return redirect("company_space:offer_detail", offer.pk)


@never_cache
@approved_company_required
def offer_withdraw(request, pk):
    account = request.company_account
    offer = own_offer_or_404(account, pk)
    if not offer_editing.can_withdraw(offer):
        messages.error(request, "Une offre déjà publiée ne se retire pas : fermez-la plutôt.")
        return redirect("company_space:offer_detail", offer.pk)
    if request.method == "POST":
        title = offer.title
        offer_editing.withdraw_draft(offer, request.user)
        messages.success(request, f"« {title} » est retirée : elle n'est plus en relecture.")
        return redirect("company_space:dashboard")
    return _private(render(request, TEMPLATES + "offer_withdraw.html", {"account": account, "offer": offer}))


# --- Sessions and sign-ups ------------------------------------------------------------------


@never_cache
@approved_company_required
def session_signups(request, pk):
    account = request.company_account
    session = own_session_or_404(account, pk)
    # A minor appears only once a parent agreed (the held seats are only counted).
    signups = list(SignUp.objects.for_slot(session).visible_to_organiser())
    held = SignUp.objects.for_slot(session).pending().count()
    context = {
        "account": account,
        "session": session,
        "offer": session.page,
        "signups": signups,
        "held_for_parents": held,
    }
    return _private(render(request, TEMPLATES + "session_signups.html", context))


@never_cache
@require_http_methods(["GET", "POST"])
@approved_company_required
def session_attendance(request, pk):
    account = request.company_account
    session = own_session_or_404(account, pk)
    form = AttendanceForm(session, request.POST or None)
    if request.method == "POST" and form.is_valid():
        changed = form.save()
        messages.success(request, f"Présences enregistrées ({changed} modification{'s' if changed > 1 else ''}).")
        return redirect("company_space:session_attendance", session.pk)
    context = {"account": account, "session": session, "offer": session.page, "form": form}
    return _private(render(request, TEMPLATES + "session_attendance.html", context))


@never_cache
@approved_company_required
def session_signups_csv(request, pk):
    session = own_session_or_404(request.company_account, pk)
    content = csv_export.signups_csv(SignUp.objects.for_slot(session).visible_to_organiser())
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{csv_export.csv_filename(session)}"'
    response["Cache-Control"] = "private, no-store"
    return _private(response)


@never_cache
@require_http_methods(["GET", "POST"])
@approved_company_required
def session_cancel(request, pk):
    account = request.company_account
    session = own_session_or_404(account, pk)
    context = {"account": account, "session": session, "offer": session.page, "people": None, "without_email": []}
    if request.method == "POST" and not session.cancelled:
        people = offer_editing.cancel_session(session, request)
        session.cancelled = True
        context["people"] = people
        context["without_email"] = [person for person in people if not person.email and person.visible_to_organiser]
        messages.success(request, f"La date du {session.when} est annulée.")
    return _private(render(request, TEMPLATES + "session_cancel.html", context))
