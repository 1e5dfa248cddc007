"""What each feature of the site can be tuned with: retention periods, rate limits, thresholds.

Read by base.py; each value may be set from the environment where it says so (README).
"""

import os

from .environment import env_list

# Contact data of sign-ups to offers and events is erased after this many days (manage.py erase_old_signups).
SIGNUP_RETENTION_DAYS = int(os.environ.get("SIGNUP_RETENTION_DAYS", "365"))
# Seats one e-mail address may hold on one date (a parent signing up brothers and sisters fits; a whole date does not).
# A minor's seat waits this long for a parent's agreement, then goes to the waiting list (release_parental_holds).
PARENTAL_CONSENT_HOLD_HOURS = int(os.environ.get("PARENTAL_CONSENT_HOLD_HOURS", "72"))
SIGNUP_MAX_SEATS_PER_EMAIL = int(os.environ.get("SIGNUP_MAX_SEATS_PER_EMAIL", "3"))

# --- Contributed stories (stories/contributions) ---------------------------------
# Contact data of decided contributions is erased after this many months (manage.py purge_contributions).
CONTRIBUTION_RETENTION_MONTHS = int(os.environ.get("CONTRIBUTION_RETENTION_MONTHS", "12"))
# A shared moderation inbox told of each new story, withdrawal and reported story, besides the group members.
CONTRIBUTION_MODERATION_EMAILS = env_list("CONTRIBUTION_MODERATION_EMAILS")
CONTRIBUTION_RATE_LIMIT = (5, 3600)  # stories per window of seconds, per client address
STORY_REPORT_RATE_LIMIT = (10, 3600)  # per address; a browser session reports a story once
# A story goes offline by itself once this many distinct reporters (session and address) reported it
# within the window; each report is e-mailed to the moderators at once.
STORY_REPORTS_TO_UNPUBLISH = int(os.environ.get("STORY_REPORTS_TO_UNPUBLISH", "3"))
STORY_REPORTS_WINDOW_HOURS = int(os.environ.get("STORY_REPORTS_WINDOW_HOURS", "48"))

# --- Audience figures (audience/) ---------------------------------------------------
# Daily views per page are counted on the server without cookie or identifier; the counts are
# kept this many months (CNIL: 25 at most), then `manage.py purge_page_views` deletes them.
AUDIENCE_RETENTION_MONTHS = int(os.environ.get("AUDIENCE_RETENTION_MONTHS", "25"))
# An optional Matomo of the programme's own, loaded from its server in cookieless mode.
MATOMO_URL = os.environ.get("MATOMO_URL", "").strip().rstrip("/")
MATOMO_SITE_ID = os.environ.get("MATOMO_SITE_ID", "").strip()

# --- Newsletter (newsletter/) ---------------------------------------------------------
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", "100"))
NEWSLETTER_SUBSCRIBE_RATE_LIMIT = (10, 3600)  # subscriptions per window of seconds, per client address
# A subscription not confirmed within this many days is deleted (manage.py purge_newsletter).
NEWSLETTER_CONFIRMATION_DAYS = int(os.environ.get("NEWSLETTER_CONFIRMATION_DAYS", "7"))

# --- Corrections from the field (corrections/) ---------------------------------------
CORRECTION_RATE_LIMIT = (10, 3600)
# The optional contact left with a correction is erased this many days after it is handled.
CORRECTION_RETENTION_DAYS = int(os.environ.get("CORRECTION_RETENTION_DAYS", "90"))

# --- Requests for help ("Besoin d'un coup de main ?", neighbourhoods/) ---------------
HELP_REQUEST_RATE_LIMIT = (5, 3600)  # requests per window of seconds, per client address
# Personal data of a request is erased this many months after it is closed, or after it was sent if it was
# never closed (manage.py purge_help_requests).
HELP_REQUEST_RETENTION_MONTHS = int(os.environ.get("HELP_REQUEST_RETENTION_MONTHS", "12"))
