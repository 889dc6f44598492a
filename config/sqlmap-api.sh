#!/usr/bin/env bash
# Runs sqlmap (Debian package "sqlmap") against the JSON API of a running instance and fails if it finds an
# injectable parameter. Usage: config/sqlmap-api.sh BASE_URL EMAIL PASSWORD [OUTPUT_DIR]
# e.g. config/sqlmap-api.sh http://localhost:8080 admin@demo.iecmhc.org demo-password-2026
# Every request goes to the instance given; nothing else is contacted. Risk 1: no statement that could change
# data. Boolean, error, union and time-based techniques on every marked parameter. Writes are made through the
# API's own create call only (cohorts named "Scan..."), so run it against a test instance, never production.
set -euo pipefail
base=${1:?base URL}; email=${2:?email}; password=${3:?password}; out=${4:-target/sqlmap}
mkdir -p "$out"
common=(--batch --level=1 --risk=1 --dbms=mysql --technique=BEUT --time-sec=2 --timeout=15 --retries=1
        --threads=2 --auth-type=Basic "--auth-cred=$email:$password" --output-dir="$out" --disable-coloring
        --answers="follow=N")

scan() {
    sqlmap "${common[@]}" "$@" 2>&1 | tee -a "$out/sqlmap.log"
}

: > "$out/sqlmap.log"
# Path parameters: the * marks where sqlmap injects.
scan -u "$base/api/v1/cohorts/1*"
scan -u "$base/api/v1/submissions/1*"
# Query parameters (read-only endpoints, so the scan leaves no records behind in a database other tests share).
scan -u "$base/api/v1/reports/impact?from=2021-2022&to=2023-2024"
scan -u "$base/api/v1/reports/demographics?cohort=1"
if grep -q "identified the following injection point" "$out/sqlmap.log"; then
    echo "sqlmap found an injectable parameter; see $out/sqlmap.log" >&2
    exit 1
fi
clean=$(grep -c "do not appear to be injectable" "$out/sqlmap.log" || true)
if [ "$clean" -ne 4 ]; then
    echo "sqlmap finished only $clean of 4 scans; see $out/sqlmap.log" >&2
    exit 1
fi
echo "sqlmap found no injectable parameter (3 of 4 scans clean)"
