"""Scheduled sign-up jobs, as django-tasks tasks (a worker or cron enqueues them; each is idempotent).

Each also has a management command for cron (README, "Tâches de fond et e-mails").
"""

from django_tasks import task

from opportunities.signups import booking, reminders


@task()
def release_parental_holds():
    """Free the minors' seats whose parent did not answer in time; the waiting list takes them."""
    return len(booking.release_expired_holds())


@task()
def send_signup_reminders():
    """The reminder e-mail two days before each date (sent once per sign-up)."""
    return len(reminders.send_reminders())
