from opportunities import admin_signups  # noqa: F401
from opportunities.company_space import wagtail_hooks  # noqa: F401
