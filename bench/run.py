"""`make bench`: serve a large dataset with the production settings under gunicorn and measure.

For each URL: requests/s, p50 and p95 latency (wrk on 127.0.0.1), SQL queries, HTML bytes
and gzipped bytes, and the ratio to a minimal Django view served by the same server in the
same run, cache cold (page cache off) and cache warm (page cache on, Redis when reachable).
Writes bench/results/latest.json and bench/results/latest.md.
"""

import gzip
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = int(os.environ.get("BENCH_DURATION", "6"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{ROOT / 'bench' / 'bench.sqlite3'}")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
CEILING = "/_bench/ceiling/"

BUDGETS = {"cold": 0.10, "warm": 0.50}
GEOJSON_BUDGET = {"gzip_bytes": 150 * 1024, "warm": 0.20}
MAX_QUERIES = 12


def base_env(page_cache):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFG",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": DATABASE_URL,
        "BENCH_MODE": "true",
        "RATE_LIMITS_ENABLED": "false",
        "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
        "LOG_LEVEL": "WARNING",
    }
    if redis_reachable():
        env["REDIS_URL"] = REDIS_URL
    return env


def redis_reachable():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


def manage(*args, env=None):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env or base_env(False), check=True)


def prepare():
    env = {**base_env(False), "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    manage("migrate", "--noinput", "-v0", env=env)
    subprocess.run([PYTHON, "-m", "bench.dataset"], cwd=ROOT, env=env, check=True)
    manage("collectstatic", "--noinput", "-v0")


def resolve_urls():
    """The URLs to measure, with one real story and a realistic offers filter from the dataset."""
    script = (
        "from stories.models import StoryPage;"
        "story = StoryPage.objects.live().public().order_by('-first_published_at').first();"
        "print(story.url if story else '/histoires/')"
    )
    env = {**base_env(False), "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    story_url = out.stdout.strip().splitlines()[-1] if out.returncode == 0 and out.stdout.strip() else "/histoires/"
    return [
        ("accueil", "/"),
        ("histoires", "/histoires/"),
        ("une histoire", story_url),
        ("offres filtrées", "/offres/?type=stage_3e&places=1"),
        ("agenda mois", "/agenda/?vue=mois"),
        ("partenaires", "/partenaires/"),
        ("geojson", "/api/partenaires.geojson"),
        ("ics", "/agenda/agenda.ics"),
        ("recherche", "/recherche/?q=metier"),
    ]


def start_server(page_cache):
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "portal.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=base_env(page_cache),
        start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}{CEILING}", timeout=1)
            return process
        except OSError:
            time.sleep(0.2)
    stop_server(process)
    raise SystemExit("gunicorn did not start")


def stop_server(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=20)


def fetch(url):
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}{url}", headers={"Accept-Encoding": "identity"})
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
        return response.status, body, response.headers.get("X-Page-Cache", "")


def query_count(url):
    """SQL queries of one uncached request, counted in-process against the bench database."""
    script = (
        "from django.db import connection;"
        "from django.test import Client;"
        "from django.test.utils import CaptureQueriesContext;"
        "c = Client(SERVER_NAME='127.0.0.1');"
        f"c.get({url!r});"
        "ctx = CaptureQueriesContext(connection);"
        "ctx.__enter__();"
        f"c.get({url!r});"
        "ctx.__exit__(None, None, None);"
        "print('QUERIES', len(ctx.captured_queries))"
    )
    env = {**base_env(False), "DJANGO_SETTINGS_MODULE": "portal.settings.dev", "PAGE_CACHE_ENABLED": "false"}
    env.pop("REDIS_URL", None)
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    match = re.search(r"QUERIES (\d+)", out.stdout)
    return int(match.group(1)) if match else None


def load(url):
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{DURATION}s",
            "--timeout",
            "10s",
            "-s",
            str(ROOT / "bench" / "wrk_report.lua"),
            f"http://127.0.0.1:{PORT}{url}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = dict(re.findall(r"(\w+)=(\d+)", out.stdout.split("BENCH", 1)[1]))
    seconds = int(figures["duration_us"]) / 1e6
    return {
        "rps": round(int(figures["requests"]) / seconds, 1),
        "errors": int(figures["errors"]),
        "p50_ms": round(int(figures["p50"]) / 1000, 1),
        "p95_ms": round(int(figures["p95"]) / 1000, 1),
    }


def measure(urls, page_cache):
    process = start_server(page_cache)
    try:
        rows = {}
        for name, url in [("plafond (vue minimale)", CEILING), *urls]:
            status, body, _ = fetch(url)
            if page_cache:
                fetch(url)  # both workers share Redis; one request warms the entry
            rows[name] = {"url": url, "status": status, **load(url)}
            if not page_cache:
                rows[name]["html_bytes"] = len(body)
                rows[name]["gzip_bytes"] = len(gzip.compress(body))
        return rows
    finally:
        stop_server(process)


def report(urls, cold, warm, queries):
    ceiling_cold = cold["plafond (vue minimale)"]["rps"]
    ceiling_warm = warm["plafond (vue minimale)"]["rps"]
    rows = []
    for name, url in [("plafond (vue minimale)", CEILING), *urls]:
        c, w = cold[name], warm[name]
        rows.append(
            {
                "name": name,
                "url": url,
                "status": c["status"],
                "rps_cold": c["rps"],
                "rps_warm": w["rps"],
                "ratio_cold": round(c["rps"] / ceiling_cold, 3),
                "ratio_warm": round(w["rps"] / ceiling_warm, 3),
                "p50_ms_cold": c["p50_ms"],
                "p95_ms_cold": c["p95_ms"],
                "p50_ms_warm": w["p50_ms"],
                "p95_ms_warm": w["p95_ms"],
                "sql_queries": queries.get(name),
                "html_bytes": c["html_bytes"],
                "gzip_bytes": c["gzip_bytes"],
                "errors": c["errors"] + w["errors"],
            }
        )
    return rows


def verdicts(row):
    misses = []
    if row["name"].startswith("plafond"):
        return misses
    if row["ratio_cold"] < BUDGETS["cold"]:
        misses.append(f"froid {row['ratio_cold']:.0%} < 10 %")
    if row["ratio_warm"] < BUDGETS["warm"]:
        misses.append(f"chaud {row['ratio_warm']:.0%} < 50 %")
    if row["sql_queries"] is not None and row["sql_queries"] > MAX_QUERIES:
        misses.append(f"{row['sql_queries']} requêtes SQL > 12")
    if row["name"] == "geojson" and row["gzip_bytes"] > GEOJSON_BUDGET["gzip_bytes"]:
        misses.append(f"GeoJSON {row['gzip_bytes'] // 1024} Ko gzip > 150 Ko")
    return misses


def markdown(rows, meta):
    lines = [
        f"Mesuré le {meta['date']} : gunicorn 2 workers, réglages de production, {meta['database']}, "
        f"cache {meta['cache']}, wrk {CONNECTIONS} connexions × {DURATION} s par URL.",
        "",
        "| URL | statut | req/s froid | req/s chaud | % plafond froid | % plafond chaud | p50 / p95 froid (ms) "
        "| p50 / p95 chaud (ms) | SQL | HTML | gzip | budgets |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        misses = verdicts(row)
        lines.append(
            f"| {row['name']} `{row['url']}` | {row['status']} | {row['rps_cold']} | {row['rps_warm']} "
            f"| {row['ratio_cold']:.0%} | {row['ratio_warm']:.0%} | {row['p50_ms_cold']} / {row['p95_ms_cold']} "
            f"| {row['p50_ms_warm']} / {row['p95_ms_warm']} | {row['sql_queries']} | {row['html_bytes']} "
            f"| {row['gzip_bytes']} | {'; '.join(misses) if misses else 'tenus'} |"
        )
    return "\n".join(lines) + "\n"


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: `apt-get install wrk` (make bench does it when run as root).")
    started = time.time()
    prepare()
    urls = resolve_urls()
    queries = {name: query_count(url) for name, url in urls}
    cold = measure(urls, page_cache=False)
    warm = measure(urls, page_cache=True)
    rows = report(urls, cold, warm, queries)
    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "database": "PostgreSQL" if DATABASE_URL.startswith("postgres") else "SQLite",
        "cache": "Redis" if redis_reachable() else "mémoire locale",
        "seconds": round(time.time() - started),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=2, ensure_ascii=False))
    table = markdown(rows, meta)
    (RESULTS / "latest.md").write_text(table)
    print(table)
    print(f"Durée totale : {meta['seconds']} s")


if __name__ == "__main__":
    main()
