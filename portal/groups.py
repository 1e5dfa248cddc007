"""Names of the staff groups, created by migrations (portal/migrations/0002_editor_groups.py).

Migrations keep their own literal copies: they must not change when this module does.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q

EDITORS = "Éditeurs"
MODERATORS = "Modérateurs"
COMMUNICATION = "Communication"
# Field workers: each sees the requests for help of their own territories (neighbourhoods/migrations).
BOOSTERS = "Boosters"
# Read-only: the programme's indicators and exports in /admin/pilotage/ (steering/migrations/0002).
STEERING = "Pilotage"

STAFF_GROUPS = (EDITORS, MODERATORS, COMMUNICATION)


def member_emails(*group_names, include_superusers=False):
    """E-mail addresses of the active members of these groups (and of superusers, when asked)."""
    who = Q(groups__name__in=group_names)
    if include_superusers:
        who |= Q(is_superuser=True)
    users = get_user_model().objects.filter(who, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))
