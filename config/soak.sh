#!/usr/bin/env bash
# Soak test of issue 7: the Gatling load test (mvn -Pload, docs/performance.md) at 100 concurrent users for 10
# minutes against a running instance, with the instance's heap measured after a full GC before and after.
# Passes when Gatling counted no failed request and the heap after the run is within 10% of the heap before.
#
#   config/soak.sh [-p PID] [-u USERS] [-d SECONDS] [-w WARMUP_SECONDS] [-b BASE_URL] [-- extra Maven arguments]
#
# -p  the Payara Micro java process (default: the only running `java -jar ... payara-micro ... ROOT.war`)
# -u  concurrent users (100)    -d  seconds of load (600)    -b  the instance's address (http://localhost:8080)
# -w  seconds of a warm-up run at the same users before the first measurement (120; 0 for none), so that what
#     the first requests fill once (classes, the JPA cache, compiled pages) is not mistaken for growth.
# Run from the project's directory. jcmd comes with the JDK and must run as the instance's user.
set -euo pipefail

pid=""
users=100
seconds=600
warmup=120
base_url="http://localhost:8080"
while getopts "p:u:d:w:b:" option; do
    case "$option" in
        p) pid="$OPTARG" ;;
        u) users="$OPTARG" ;;
        d) seconds="$OPTARG" ;;
        w) warmup="$OPTARG" ;;
        b) base_url="$OPTARG" ;;
        *) sed -n '2,12p' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

if [[ -z "$pid" ]]; then
    candidates=$(pgrep -f 'payara-micro.*ROOT\.war' || true)
    if [[ $(wc -w <<< "$candidates") -ne 1 ]]; then
        echo "Give the instance's process id with -p (Payara Micro processes found: ${candidates:-none})" >&2
        exit 2
    fi
    pid="$candidates"
fi
command -v jcmd > /dev/null || { echo "jcmd (JDK) is needed" >&2; exit 2; }

# Used heap in KiB right after a full collection: the sum over the heap's spaces as GC.heap_info lists them.
heap_after_full_gc() {
    jcmd "$pid" GC.run > /dev/null
    sleep 2
    jcmd "$pid" GC.heap_info | grep -v -e Metaspace -e 'class space' | grep 'total' \
        | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | awk '{ sum += $1 } END { print sum }'
}

run_load() {
    mvn -B -Pload test-compile gatling:test -DbaseUrl="$base_url" -Dusers="$users" -Dduration="$1" "${@:2}"
}

log_dir="target/soak"
mkdir -p "$log_dir"
if (( warmup > 0 )); then
    echo "== Warm-up: $users users for $warmup s"
    run_load "$warmup" "$@" > "$log_dir/warmup.log" 2>&1 || echo "(the warm-up had failures; see $log_dir/warmup.log)"
fi

start_kib=$(heap_after_full_gc)
echo "== Heap after full GC before the run: $((start_kib / 1024)) MiB"
echo "== Load: $users users for $seconds s against $base_url (log: $log_dir/soak.log)"
set +e
run_load "$seconds" "$@" 2>&1 | tee "$log_dir/soak.log"
gatling_status=${PIPESTATUS[0]}
set -e
end_kib=$(heap_after_full_gc)

# Gatling's summary line: "> request count  |  total |  OK |  KO".
failed=$(sed -n '/Global Information/,$p' "$log_dir/soak.log" | grep -m1 '> request count' \
    | awk -F'|' '{ gsub(/[ ,]/, "", $4); print $4 }')
failed=${failed:-unknown}
change=$(awk -v s="$start_kib" -v e="$end_kib" 'BEGIN { printf "%.1f", (e - s) * 100 / s }')
heap_ok=$(awk -v c="$change" 'BEGIN { print (c <= 10 && c >= -10) ? "yes" : "no" }')

echo
echo "== Soak result"
echo "heap after full GC: start $((start_kib / 1024)) MiB, end $((end_kib / 1024)) MiB, change $change %"
echo "failed requests (Gatling KO): $failed; Gatling exit status $gatling_status"
python3 "$(dirname "$0")/load-summary.py" || true
if [[ "$heap_ok" == yes && "$failed" == 0 && "$gatling_status" == 0 ]]; then
    echo "PASS: no failed request, heap within 10% of the start"
else
    echo "FAIL: heap change $change % (limit 10 %), failed requests $failed"
    exit 1
fi
