"""No logic module over 400 lines: one that grows past it is split by what it does."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = [
    "portal",
    "stories",
    "opportunities",
    "partners_directory",
    "news",
    "newsletter",
    "corrections",
    "audience",
    "search",
    "steering",
    "bench",
]
LIMIT = 400
# Data, not logic: the fictional content of the demo site.
EXEMPT = {"partners_directory/demo_data.py", "stories/demo_data.py"}


def logic_modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" not in relative and relative not in EXEMPT:
                yield relative, len(path.read_text(encoding="utf-8").splitlines())


def test_no_logic_module_is_over_the_limit():
    assert {path: lines for path, lines in logic_modules() if lines > LIMIT} == {}


def test_every_exemption_is_a_data_module_that_exists():
    assert all((ROOT / path).is_file() and path.endswith("demo_data.py") for path in EXEMPT)
