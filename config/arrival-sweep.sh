#!/usr/bin/env bash
# The open-model run of issue 17: ArrivalSimulation at rising arrival rates against a running instance, each rate a
# run of its own, printing each rate's p95 and p99 of the page requests (the "arrivals" group) and their failures,
# and stopping after the first rate whose p95 passes the limit. Loopback only; every run is bounded in time.
#
#   config/arrival-sweep.sh [-b http://127.0.0.1:8080] [-d 60 seconds a rate] [-l 500 ms] [-s 20 sessions a role] \
#       [RATE ...]          (default rates: 10 20 30 40 50 60 80 100 120)
set -euo pipefail
cd "$(dirname "$0")/.."
base=http://127.0.0.1:8080 duration=60 limit=500 sessions=20
while getopts "b:d:l:s:" option; do
    case $option in
        b) base=$OPTARG ;; d) duration=$OPTARG ;; l) limit=$OPTARG ;; s) sessions=$OPTARG ;;
        *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
rates=("$@")
[ ${#rates[@]} -gt 0 ] || rates=(10 20 30 40 50 60 80 100 120)
case $base in http://127.0.0.1:*|http://localhost:*) ;; *) echo "loopback addresses only" >&2; exit 2 ;; esac

mvn -B -q -Pload test-compile >/tmp/arrival-sweep.log 2>&1 || { cat /tmp/arrival-sweep.log >&2; exit 1; }
echo "| arrivals/s | requests | failed | p50 ms | p95 ms | p99 ms | load average after |"
echo "|---|---|---|---|---|---|---|"
for rate in "${rates[@]}"; do
    mvn -B -q -Pload gatling:test -Dgatling.simulationClass=org.iecmhc.lms.load.ArrivalSimulation \
        -DbaseUrl="$base" -Drate="$rate" -Dduration="$duration" -Dsessions="$sessions" >/tmp/arrival-sweep.log 2>&1 || true
    row=$(config/load-summary.py | grep "^| arrivals |" || true)
    if [ -z "$row" ]; then
        echo "rate $rate: no figures (see /tmp/arrival-sweep.log)" >&2
        exit 1
    fi
    IFS='|' read -r _ _ count failed p50 p95 p99 _ <<<"$row"
    echo "| $rate |$count|$failed|$p50|$p95|$p99| $(cut -d' ' -f1 /proc/loadavg) |"
    [ "${p95// /}" -le "$limit" ] || break
    sleep 5
done
