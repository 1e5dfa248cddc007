def load(report):
    """Filled by the issue that builds this part."""
