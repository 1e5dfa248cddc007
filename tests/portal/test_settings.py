import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_required_setting(missing):
    env = {
        "SECRET_KEY": "a-long-random-production-secret-0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a",
        "ALLOWED_HOSTS": "x.example",
    }
    del env[missing]
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert f"The {missing} environment variable is required in production." in result.stderr


def test_production_passes_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="a-long-random-production-secret-0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a",
        ALLOWED_HOSTS="impact-jeunes.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
