from opportunities.company_space import wagtail_hooks  # noqa: F401
