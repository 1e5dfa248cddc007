from opportunities.company_space import wagtail_hooks as company_space_hooks  # noqa: F401
from opportunities.signups import wagtail_hooks as signup_hooks  # noqa: F401
