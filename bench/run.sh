#!/usr/bin/env bash
# Measures the storefront against a running shop, in one run: the liveness probe first (no I/O: the ceiling
# of this JVM, its filters and the load tool on this machine), then home, category, product and search pages,
# and searches that are not cached yet.
# Usage: [WARMUP=seconds] [CACHES=off] bench/run.sh [--caches-off] [base-url] [seconds-per-endpoint] [connections]
# --caches-off (or CACHES=off) measures a shop started with SPRING_CACHE_TYPE=none: what every page costs when
# nothing is cached, as after a catalog change. The shop cannot be asked how it was started, so the mode is
# what you declare; it is printed above the figures and on every RESULT line.
set -euo pipefail
cd "$(dirname "$0")"

CACHES="${CACHES:-on}"
if [ "${1:-}" = "--caches-off" ]; then
  CACHES=off
  shift
fi
case "$CACHES" in
  on | off) ;;
  *) echo "CACHES must be on or off, not '$CACHES'" >&2; exit 1 ;;
esac
BASE_URL="${1:-http://localhost:8080}"
DURATION="${2:-20}"
CONNECTIONS="${3:-16}"
WARMUP="${WARMUP:-10}"
THREADS=2

if ! command -v wrk >/dev/null 2>&1; then
  echo "bench needs wrk (Debian/Ubuntu: apt-get install wrk; macOS: brew install wrk)" >&2
  exit 1
fi
if ! curl -fsS "$BASE_URL/actuator/health/liveness" >/dev/null; then
  echo "No shop answers at $BASE_URL (start it first, see bench/README.md)" >&2
  exit 1
fi

# Real addresses from the shop itself: every category, and up to 2,000 products from the sitemap.
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
curl -fsS "$BASE_URL/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g; s|^[a-z]*://[^/]*||' > "$workdir/all"
grep '^/c/' "$workdir/all" > "$workdir/category" || true
grep '^/p/' "$workdir/all" | head -n 2000 > "$workdir/product" || true
printf '%s\n' /search?q=jacket /search?q=wool+sweater /search?q=leather+boots /search?q=backpack \
  /search?q=linen /search?q=jakcet /search?q=cast+iron /search?q=merino /search?q=tent /search?q=northwind \
  > "$workdir/search"
# The same searches, each on a page nobody asked for yet (a page past the last shows the last), so that
# nothing comes from the listing cache: what a search costs the first time it is made.
for page in $(seq 2 400); do sed "s/\$/\&page=$page/" "$workdir/search"; done > "$workdir/search-cold"
echo / > "$workdir/home"
echo /actuator/health/liveness > "$workdir/baseline"
if [ "$CACHES" = off ]; then
  echo "Caches: OFF. The shop must run with SPRING_CACHE_TYPE=none (or --spring.cache.type=none): every page is read and rendered anew."
else
  echo "Caches: on (the shop's defaults). Use --caches-off against a shop started with SPRING_CACHE_TYPE=none to measure cache misses."
fi
echo "$(wc -l < "$workdir/category") categories, $(wc -l < "$workdir/product") products from the sitemap"

warm() {
  while read -r path; do curl -fsS -o /dev/null "$BASE_URL$path" || true; done < "$1"
}
echo "Warming up (every address once, then ${WARMUP}s of load per endpoint, so the JIT has compiled what it measures)..."
for list in home category product search; do warm "$workdir/$list"; done
for list in baseline home category product search; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s paths.lua "$BASE_URL" -- "$workdir/$list" >/dev/null
done

printf '\n%-11s %10s %9s %9s %9s %9s %8s %s\n' endpoint "req/s" p50 p95 p99 max errors caches
summary="RESULT caches=$CACHES connections=$CONNECTIONS"
for name in baseline home category product search search-cold; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s paths.lua "$BASE_URL" -- "$workdir/$name" > "$workdir/$name.out"
  awk -v name="$name" -v caches="caches-$CACHES" '/^RESULT/ { printf "%-11s %10s %9s %9s %9s %9s %8s %s\n", name, $2, $3, $4, $5, $6, $7, caches }' "$workdir/$name.out"
  key="${name//-/_}"
  summary="$summary $(awk -v key="$key" '/^RESULT/ { printf "%s_rps=%s %s_p95_ms=%s %s_errors=%s", key, $2, key, $4, key, $7 }' "$workdir/$name.out")"
done
echo
echo "Latencies in milliseconds; $CONNECTIONS connections, $THREADS wrk threads, ${DURATION}s per endpoint, caches $CACHES."
echo "$summary"
