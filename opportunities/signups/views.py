"""The private cancel link sent by e-mail: GET asks to confirm, POST cancels."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from opportunities.signups import booking
from opportunities.signups.models import SignUp
from portal import ratelimit

CANCEL_RATE_LIMIT = (20, 3600)


@never_cache
@require_http_methods(["GET", "POST"])
def cancel_signup(request, token):
    signup = get_object_or_404(SignUp, cancel_token=token)
    slot = signup.slot
    if slot is None:
        return render(request, "opportunities/signup_cancel.html", {"signup": signup, "slot": None}, status=404)
    context = {"signup": signup, "slot": slot, "cancelled_now": False, "rate_limited": False}
    status = 200
    if request.method == "POST" and not signup.is_cancelled:
        if ratelimit.hit(request, "signup-cancel", *CANCEL_RATE_LIMIT):
            context["rate_limited"] = True
            status = 429
        else:
            booking.cancel(signup, request)
            signup.refresh_from_db()
            context["cancelled_now"] = True
    response = render(request, "opportunities/signup_cancel.html", context, status=status)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response
