#!/usr/bin/env bash
# Compares /api/ask under load between builds (or settings) on this machine, in alternating rounds, so every build
# sees the same drift in machine speed. Each run starts a fresh service with a fresh index and database on loopback,
# warms it up, measures, and prints the load generator's line with the service's CPU per answer and the share of CPU
# the host took from this VM meanwhile (steal). Linux only (reads /proc).
#
# usage: bench/compare-builds.sh [--rounds 3] [--warmup 40] [--seconds 20] NAME=CHECKOUT[:VAR=value,VAR=value] ...
#   CHECKOUT is a checkout of this repository with a Release build (dotnet build -c Release src/KepuBot), e.g. a
#   worktree of the previous commit: git worktree add /tmp/previous HEAD~1
# example: bench/compare-builds.sh previous=/tmp/previous current=. server-gc=.:DOTNET_gcServer=1
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
rounds=3 warmup=40 seconds=20 port=${PORT:-5391}
while [[ $# -gt 0 && $1 == --* ]]; do
  case $1 in
    --rounds) rounds=$2 ;;
    --warmup) warmup=$2 ;;
    --seconds) seconds=$2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
if [[ $# -eq 0 ]]; then
  sed -n '2,10p' "$0" >&2
  exit 2
fi

dotnet build -c Release "$repo/bench/KepuBot.LoadTest" >/dev/null
loadgen="$repo/bench/KepuBot.LoadTest/bin/Release/net10.0/KepuBot.LoadTest.dll"
scratch=$(mktemp -d)
service=
cleanup() { [[ -n $service ]] && kill "$service" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
host_ticks() { head -1 /proc/stat; }

for round in $(seq 1 "$rounds"); do
  for variant in "$@"; do
    name=${variant%%=*} rest=${variant#*=}
    checkout=${rest%%:*} settings=
    [[ $rest == *:* ]] && settings=${rest#*:}
    [[ -d $checkout ]] || { echo "$name: no checkout at $checkout" >&2; exit 2; }
    dll="$(cd "$checkout" && pwd)/src/KepuBot/bin/Release/net10.0/KepuBot.dll"
    [[ -f $dll ]] || { echo "$name: no Release build at $dll" >&2; exit 2; }
    rm -rf "$scratch/index" "$scratch"/db*

    # The service reads corpus/ from the checkout it runs in; the limits are off so only the service is measured.
    (cd "$checkout" && exec env ${settings//,/ } RateLimits__Ask__PermitLimit=0 Logging__LogLevel__Default=Warning \
      Knowledge__IndexPath="$scratch/index" Storage__SqlitePath="$scratch/db.sqlite" \
      dotnet "$dll" --urls "http://127.0.0.1:$port" >"$scratch/service.log" 2>&1) &
    service=$!
    for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done

    (cd "$repo" && dotnet "$loadgen" --url "http://127.0.0.1:$port/" --channel api --seconds "$seconds" --warmup "$warmup" >"$scratch/load.txt" 2>&1) &
    load=$!
    # The measured window starts once the warm-up is over (give the load generator a second to start).
    sleep $((warmup + 1))
    before=$(cpu_ticks "$service") host_before=$(host_ticks)
    wait "$load" || true
    after=$(cpu_ticks "$service") host_after=$(host_ticks)
    kill "$service"; wait "$service" 2>/dev/null || true; service=

    result=$(grep -m1 'msg/s' "$scratch/load.txt" || echo "no result: $(tail -1 "$scratch/load.txt")")
    answers=$(grep -om1 '[0-9]* replies' "$scratch/load.txt" | cut -d' ' -f1 || true)
    ticks_per_second=$(getconf CLK_TCK)
    cpu=$(awk -v t=$((after - before)) -v n="${answers:-0}" -v hz="$ticks_per_second" 'BEGIN { if (n > 0) printf "%.2f", t * 1000 / hz / n; else print "?" }')
    steal=$(awk -v a="$host_before" -v b="$host_after" 'BEGIN { split(a, x); split(b, y); for (i = 2; i <= 9; i++) total += y[i] - x[i]; printf "%.0f", (total > 0 ? 100 * (y[9] - x[9]) / total : 0) }')
    echo "$name round $round: ${result#*: } | service CPU ${cpu} ms/answer, steal ${steal}%"
  done
done
