"""The budgets of issue 20 (bench scale, same run, cache cold unless said) and the misses of a row, in words.

The mixed run's budget is in bench/mixed.py.
"""

HTML_P95_MS = 100  # every HTML page, cold…
HTML_COLD_RATIO = 0.05  # …and at least this share of the minimal view's throughput, cold
SEARCH_P95_MS = 150
FEEDS = ("geojson", "ics")
FEED_P95_MS = 300  # iCalendar and GeoJSON, cold…
FEED_WARM_RATIO = 0.50  # …and warm, this share of the minimal view
GEOJSON_GZIP_BYTES = 150 * 1024
SEARCH_NAME = "recherche"
CEILING_NAME = "plafond (vue minimale)"
MAX_QUERIES = 12
BUDGETS_TEXT = (
    f"Budgets (issue 20) : chaque page HTML p95 ≤ {HTML_P95_MS} ms et ≥ {HTML_COLD_RATIO:.0%} du plafond, "
    f"cache froid ; recherche p95 ≤ {SEARCH_P95_MS} ms ; iCalendar et GeoJSON p95 ≤ {FEED_P95_MS} ms froid et "
    f"≥ {FEED_WARM_RATIO:.0%} du plafond chaud ; GeoJSON ≤ {GEOJSON_GZIP_BYTES // 1024} Ko gzip ; au plus "
    f"{MAX_QUERIES} requêtes SQL par page ; série mixte (une inscription par seconde) ≥ 80 % de la lecture seule."
)


def verdicts(row):
    """The budgets of issue 20 this row misses, in words (an empty list when all are kept)."""
    misses = []
    name = row["name"]
    if name == CEILING_NAME:
        return misses
    if row["status"] != 200:
        misses.append(f"statut {row['status']}")
    if row["errors"]:
        misses.append(f"{row['errors']} erreurs wrk")
    if name in FEEDS:
        if row["p95_ms_cold"] > FEED_P95_MS:
            misses.append(f"p95 froid {row['p95_ms_cold']:.0f} ms > {FEED_P95_MS} ms")
        if row["ratio_warm"] < FEED_WARM_RATIO:
            misses.append(f"chaud {row['ratio_warm']:.1%} < {FEED_WARM_RATIO:.0%}")
    elif name == SEARCH_NAME:
        if row["p95_ms_cold"] > SEARCH_P95_MS:
            misses.append(f"p95 froid {row['p95_ms_cold']:.0f} ms > {SEARCH_P95_MS} ms")
    else:
        if row["p95_ms_cold"] > HTML_P95_MS:
            misses.append(f"p95 froid {row['p95_ms_cold']:.0f} ms > {HTML_P95_MS} ms")
        if row["ratio_cold"] < HTML_COLD_RATIO:
            misses.append(f"froid {row['ratio_cold']:.1%} < {HTML_COLD_RATIO:.0%}")
    if row["sql_queries"] is not None and row["sql_queries"] > MAX_QUERIES:
        misses.append(f"{row['sql_queries']} requêtes SQL > {MAX_QUERIES}")
    if name == "geojson" and row["gzip_bytes"] > GEOJSON_GZIP_BYTES:
        misses.append(f"{row['gzip_bytes'] // 1024} Ko gzip > {GEOJSON_GZIP_BYTES // 1024} Ko")
    return misses
