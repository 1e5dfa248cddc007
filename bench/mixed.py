"""The mixed run of `make bench`: every measured URL read in turn, cache warm, with and without one sign-up a second.

Before issue 20 any sign-up emptied the whole page cache (281 → 92 req/s at one sign-up a
second); now it refreshes its offer's page, the listings showing seats and the figures only.
The budget: with the sign-ups, at least 80 % of the read-only throughput.
"""

import re
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

MIXED_BUDGET = 0.80
SIGNUPS_PER_SECOND = 1
# Longer than one URL's run: the ten URLs in turn, and fifteen sign-ups, give a steadier ratio than six seconds.
DURATION = 15


def target():
    """The sign-up form of an upcoming, open session with seats (in the probe's process)."""
    from django.utils import timezone

    from opportunities.offers.models import OfferSession
    from opportunities.offers.offer_page import OfferPage

    offers = OfferPage.objects.live().exclude(offer_type="stage_3e")
    sessions = OfferSession.objects.filter(page__in=offers, cancelled=False, date__gt=timezone.localdate())
    session = sessions.select_related("page").order_by("-seats", "date", "pk").first()
    if session is None:
        return None
    offer = session.page.specific
    return offer.url + offer.reverse_subpage("signup", args=[session.pk])


def lua_script(urls, path):
    """A wrk script reading `urls` in turn (each connection starts at a different one)."""
    quoted = ", ".join(f'"{url}"' for url in urls)
    report = (Path(__file__).resolve().parent / "wrk_report.lua").read_text()
    path.write_text(
        f"local paths = {{{quoted}}}\n"
        "local counter = 0\n"
        "request = function()\n"
        "  counter = counter + 1\n"
        "  return wrk.format('GET', paths[(counter % #paths) + 1])\n"
        "end\n" + report
    )
    return path


class SignUps(threading.Thread):
    """Posts one sign-up a second to the form at `url` (a fresh visitor each time: GET, then POST)."""

    def __init__(self, base, url):
        super().__init__(daemon=True)
        self.base, self.url = base, url
        self.stop = threading.Event()
        self.done = self.failed = 0
        self.first_error = ""

    def run(self):
        number = 0
        while not self.stop.is_set():
            started = time.monotonic()
            number += 1
            try:
                self.sign_up(number)
            except Exception as error:  # the report says how many failed and why
                self.failed += 1
                self.first_error = self.first_error or repr(error)
            self.stop.wait(max(0, 1 / SIGNUPS_PER_SECOND - (time.monotonic() - started)))

    def sign_up(self, number):
        # The production settings mark cookies Secure; over plain HTTP they are sent back by hand.
        opener = urllib.request.build_opener(NoRedirect())
        first = opener.open(self.base + self.url, timeout=30)
        cookies = "; ".join(value.split(";", 1)[0] for value in first.headers.get_all("Set-Cookie") or [])
        page = first.read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = {
            "csrfmiddlewaretoken": token,
            "first_name": "Banc",
            "last_name": f"Essai {number}",
            "age": "19",
            "email": f"banc-{number}-{time.time_ns()}@impact-jeunes.example",
        }
        request = urllib.request.Request(
            self.base + self.url,
            data=urllib.parse.urlencode(data).encode(),
            headers={"Referer": self.base + self.url, "Cookie": cookies},
        )
        try:
            response = opener.open(request, timeout=30)
            status, body = response.status, response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read().decode(errors="replace")
        if status in (301, 302, 303):
            self.done += 1
        else:
            self.failed += 1
            if not self.first_error:
                errors = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]+)<', body)
                self.first_error = f"HTTP {status}: {'; '.join(errors[:3]) or body[:200]}"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def verdict(read_only, mixed):
    ratio = mixed["rps"] / read_only["rps"] if read_only["rps"] else 0
    misses = []
    if ratio < MIXED_BUDGET:
        misses.append(f"{ratio:.0%} < {MIXED_BUDGET:.0%} de la lecture seule")
    if mixed.get("signups_failed"):
        misses.append(f"{mixed['signups_failed']} inscriptions en échec ({mixed.get('signup_error', '')})")
    return ratio, misses


def markdown(result):
    read_only, mixed = result["read_only"], result["mixed"]
    ratio, misses = verdict(read_only, mixed)
    return "\n".join(
        [
            "",
            f"Série mixte (cache chaud, les {result['url_count']} URL ci-dessus lues à tour de rôle, wrk "
            f"{read_only['connections']} connexions × {read_only['duration_s']} s) : `{result['signup_url']}`.",
            "",
            "| série | req/s | p50 / p95 (ms) | inscriptions réussies / en échec | rapport | budget |",
            "| --- | --- | --- | --- | --- | --- |",
            f"| lecture seule | {read_only['rps']} | {read_only['p50_ms']} / {read_only['p95_ms']} | – | 100 % | – |",
            f"| lecture + {SIGNUPS_PER_SECOND} inscription/s | {mixed['rps']} | {mixed['p50_ms']} / {mixed['p95_ms']} "
            f"| {mixed['signups_done']} / {mixed['signups_failed']} | {ratio:.0%} "
            f"| {'; '.join(misses) or f'tenu (≥ {MIXED_BUDGET:.0%})'} |",
            "",
        ]
    )
