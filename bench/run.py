"""`make bench`: serve a large dataset with the production settings under gunicorn and measure.

For each URL: requests/s, p50 and p95 latency (wrk on 127.0.0.1), SQL queries, HTML bytes
and gzipped bytes, and the ratio to a minimal Django view served by the same server in the
same run, cache cold (page cache off) and cache warm (page cache on, Redis when reachable).
Writes bench/results/latest.json and bench/results/latest.md.
"""

import gzip
import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from bench import mixed
from bench.budgets import BUDGETS_TEXT, CEILING_NAME, verdicts

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = int(os.environ.get("BENCH_DURATION", "6"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{ROOT / 'bench' / 'bench.sqlite3'}")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
CEILING = "/_bench/ceiling/"
# What browsers and calendar clients send: the server compresses (GZipMiddleware) and wrk reads it so.
ACCEPT_ENCODING = "gzip"


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


def dev_env():
    """The environment of the set-up steps: development settings on the bench database, no Redis."""
    env = {**base_env(False), "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
    env.pop("REDIS_URL", None)
    return env


def prepare(steps):
    env = dev_env()
    with steps("migrations"):
        manage("migrate", "--noinput", "-v0", env=env)
    with steps("jeu de données"):
        subprocess.run([PYTHON, "-m", "bench.dataset"], cwd=ROOT, env=env, check=True)
    with steps("fichiers statiques"):
        manage("collectstatic", "--noinput", "-v0")


def probe():
    """The URLs to measure (one real story among them) and the SQL queries of each (bench/probe.py)."""
    out = subprocess.run(
        [PYTHON, "-m", "bench.probe"], cwd=ROOT, env=dev_env(), capture_output=True, text=True, check=True
    )
    found = json.loads(out.stdout.strip().splitlines()[-1])
    return [tuple(pair) for pair in found["urls"]], found["queries"], found.get("signup_url")


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
    """Status and body (uncompressed) of `url`, asked for as a browser does: gzip accepted."""
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}{url}", headers={"Accept-Encoding": ACCEPT_ENCODING})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status, body, encoding = response.status, response.read(), response.headers.get("Content-Encoding")
    except urllib.error.HTTPError as error:
        status, body, encoding = error.code, error.read(), error.headers.get("Content-Encoding")
    return status, gzip.decompress(body) if encoding == "gzip" else body


def flush_page_cache():
    """Empty the benchmark's Redis database, so no page cached from an earlier dataset is served."""
    if not redis_reachable():
        return
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def load(url, connections=CONNECTIONS, duration=DURATION, script=None):
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "30s",
            "-H",
            f"Accept-Encoding: {ACCEPT_ENCODING}",
            "-s",
            str(script or ROOT / "bench" / "wrk_report.lua"),
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
        "connections": connections,
        "duration_s": duration,
    }


def load_settings(first_seconds):
    """wrk's connections and duration for a URL whose first response took `first_seconds`.

    A slow URL gets one connection per worker, so that no request queues behind the others
    and leaks into the next measurement, and enough time for a few responses.
    """
    if first_seconds < 0.5:
        return CONNECTIONS, DURATION
    return 2, min(45, max(DURATION, math.ceil(3 * first_seconds)))


def drain():
    """Wait until the server is idle again (the ceiling answers at once), at most a minute."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        started = time.monotonic()
        fetch(CEILING)
        if time.monotonic() - started < 0.05:
            return
        time.sleep(0.5)


def measure(urls, page_cache):
    if page_cache:
        flush_page_cache()
    process = start_server(page_cache)
    try:
        rows = {}
        for name, url in [(CEILING_NAME, CEILING), *urls]:
            started = time.monotonic()
            status, body = fetch(url)
            first_seconds = time.monotonic() - started
            if page_cache:
                # Both workers share Redis: the first request stored the page, this one reads it
                # (or renders again for a page the cache leaves out, such as search).
                started = time.monotonic()
                fetch(url)
                first_seconds = time.monotonic() - started
            rows[name] = {"url": url, "status": status, "first_ms": round(first_seconds * 1000)}
            rows[name].update(load(url, *load_settings(first_seconds)))
            if not page_cache:
                rows[name]["html_bytes"] = len(body)
                rows[name]["gzip_bytes"] = len(gzip.compress(body))
            drain()
        return rows
    finally:
        stop_server(process)


def measure_mixed(urls, signup_url):
    """Cache warm, every URL in turn: read only, then with one sign-up a second (bench/mixed.py)."""
    flush_page_cache()
    process = start_server(page_cache=True)
    try:
        paths = [url for _, url in urls]
        for url in paths:
            fetch(url)
            fetch(url)
        script = mixed.lua_script(paths, RESULTS / "mixed.lua.tmp")
        read_only = load("/", duration=mixed.DURATION, script=script)
        drain()
        signups = mixed.SignUps(f"http://127.0.0.1:{PORT}", signup_url)
        signups.start()
        try:
            with_signups = load("/", duration=mixed.DURATION, script=script)
        finally:
            signups.stop.set()
            signups.join(timeout=35)
        with_signups.update(signups_done=signups.done, signups_failed=signups.failed, signup_error=signups.first_error)
        script.unlink()
        return {"read_only": read_only, "mixed": with_signups, "signup_url": signup_url, "url_count": len(paths)}
    finally:
        stop_server(process)


def report(urls, cold, warm, queries):
    ceiling_cold = cold[CEILING_NAME]["rps"]
    ceiling_warm = warm[CEILING_NAME]["rps"]
    rows = []
    for name, url in [(CEILING_NAME, CEILING), *urls]:
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
                "first_ms_cold": c["first_ms"],
                "wrk_cold": f"{c['connections']}×{c['duration_s']} s",
                "wrk_warm": f"{w['connections']}×{w['duration_s']} s",
            }
        )
    return rows


def markdown(rows, meta):
    lines = [
        f"Mesuré le {meta['date']} : gunicorn 2 workers, réglages de production, {meta['database']}, "
        f"cache {meta['cache']}, wrk {CONNECTIONS} connexions × {DURATION} s par URL (en-tête "
        f"Accept-Encoding: {ACCEPT_ENCODING}, comme un navigateur), "
        f"{meta['cpus']} cœurs (charge moyenne {meta['load_average']} à la fin), durée totale {meta['seconds']} s. "
        "Une URL lente (plus d'une demi-seconde) est mesurée avec 2 connexions, une par worker.",
        "",
        BUDGETS_TEXT,
        "",
        "| URL | statut | req/s froid | req/s chaud | % plafond froid | % plafond chaud | p50 / p95 froid (ms) "
        "| p50 / p95 chaud (ms) | SQL | HTML | gzip | wrk froid / chaud | budgets |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        misses = "; ".join(verdicts(row)) or "tenus"
        lines.append(
            f"| {row['name']} `{row['url']}` | {row['status']} | {row['rps_cold']} | {row['rps_warm']} "
            f"| {row['ratio_cold']:.1%} | {row['ratio_warm']:.1%} | {row['p50_ms_cold']} / {row['p95_ms_cold']} "
            f"| {row['p50_ms_warm']} / {row['p95_ms_warm']} | {row['sql_queries']} | {row['html_bytes']} "
            f"| {row['gzip_bytes']} | {row['wrk_cold']} / {row['wrk_warm']} | {misses} |"
        )
    return "\n".join(lines) + "\n"


class Steps:
    """Times each step of the run, to print and keep in the report."""

    def __init__(self):
        self.seconds = {}

    @contextmanager
    def __call__(self, label):
        started = time.monotonic()
        yield
        self.seconds[label] = round(time.monotonic() - started, 1)
        print(f"[bench] {label} : {self.seconds[label]} s", flush=True)


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: `apt-get install wrk` (make bench does it when run as root).")
    started = time.time()
    steps = Steps()
    prepare(steps)
    with steps("requêtes SQL"):
        urls, queries, signup_url = probe()
    with steps("mesures cache froid"):
        cold = measure(urls, page_cache=False)
    with steps("mesures cache chaud"):
        warm = measure(urls, page_cache=True)
    mixed_run = None
    if signup_url:
        with steps("série mixte"):
            mixed_run = measure_mixed(urls, signup_url)
    rows = report(urls, cold, warm, queries)
    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "database": "PostgreSQL" if DATABASE_URL.startswith("postgres") else "SQLite",
        "cache": "Redis" if redis_reachable() else "mémoire locale",
        "cpus": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 1),
        "steps_seconds": steps.seconds,
        "seconds": round(time.time() - started),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(
        json.dumps({"meta": meta, "rows": rows, "mixed": mixed_run}, indent=2, ensure_ascii=False)
    )
    table = markdown(rows, meta) + (mixed.markdown(mixed_run) if mixed_run else "")
    (RESULTS / "latest.md").write_text(table)
    print(table)
    print(f"Durée totale : {meta['seconds']} s")


if __name__ == "__main__":
    main()
