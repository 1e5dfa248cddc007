"""Where the time of each benchmarked page goes: pyinstrument on a cold request (page cache off).

    python -m bench.profile            # every URL of the benchmark (bench/probe.py)
    python -m bench.profile accueil    # only the URLs whose name contains this

Run on the bench database with the production settings (as `make bench` serves it): each URL is
requested once to warm the process (settings, site chrome), then profiled over a few requests.
Writes bench/results/profile-<name>.txt (the call tree) and prints the slowest frames.
"""

import os
import re
import sys
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = RESULTS.parent.parent
REPEAT = int(os.environ.get("BENCH_PROFILE_REPEAT", "3"))


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower().encode("ascii", "ignore").decode()).strip("-") or "page"


def profile_url(name, url):
    from django.test import Client
    from pyinstrument import Profiler

    client = Client(SERVER_NAME="127.0.0.1")
    client.get(url)
    profiler = Profiler(interval=0.0005)
    started = time.perf_counter()
    with profiler:
        for _ in range(REPEAT):
            response = client.get(url)
    seconds = (time.perf_counter() - started) / REPEAT
    # Paths relative to the checkout: the results are committed, the machine's folders are not theirs.
    text = profiler.output_text(unicode=True, color=False, short_mode=False).replace(f"{ROOT}/", "")
    header = f"{name} {url}: {response.status_code}, {seconds * 1000:.0f} ms per request ({REPEAT} requests)\n\n"
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"profile-{slug(name)}.txt").write_text(header + text)
    return seconds


def main():
    import django

    from bench.run import base_env

    os.environ.update({key: value for key, value in base_env(False).items() if key not in ("REDIS_URL",)})
    django.setup()
    from bench.probe import urls

    wanted = sys.argv[1] if len(sys.argv) > 1 else ""
    for name, url in urls():
        if wanted in name:
            seconds = profile_url(name, url)
            print(f"{name:20} {url:45} {seconds * 1000:8.0f} ms", flush=True)


if __name__ == "__main__":
    main()
