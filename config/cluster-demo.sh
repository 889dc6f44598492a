#!/usr/bin/env bash
# Two LMS instances in one Hazelcast cluster behind nginx, sharing HTTP sessions: signs in through the balancer,
# stops the first instance, and checks that the same person is still signed in on the second. Prints PASS or FAIL
# (exit status 0 or 1). Takes two to four minutes, most of it the instances starting.
#
#   LMS_DB_HOST (127.0.0.1)  LMS_DB_PORT (3306)  LMS_DB_USER (root)  LMS_DB_PASSWORD (empty): a MariaDB/MySQL server
#   on which the script creates a database for the run, with the demo data, and drops it at the end.
#   LMS_WAR (target/ROOT.war)  PAYARA_MICRO_JAR (target/payara-micro.jar): built with `mvn package` when missing.
#   LMS_CLUSTER_NAME (lms-demo)  LMS_START_SECONDS (900): how long each instance may take to start
set -euo pipefail
cd "$(dirname "$0")/.."

war=${LMS_WAR:-target/ROOT.war}
micro=${PAYARA_MICRO_JAR:-target/payara-micro.jar}
host=${LMS_DB_HOST:-127.0.0.1}
port=${LMS_DB_PORT:-3306}
user=${LMS_DB_USER:-root}
cluster=${LMS_CLUSTER_NAME:-lms-demo}
export MYSQL_PWD=${LMS_DB_PASSWORD:-}
email=admin@demo.iecmhc.org
password=demo-password-2026

if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
    mvn -q -DskipTests package
fi
if ! command -v nginx >/dev/null 2>&1; then
    apt-get install -y -qq nginx >/dev/null
fi
client=$(command -v mariadb || command -v mysql)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

work=$(mktemp -d /tmp/lms-cluster-demo.XXXXXX)
database="lms_cluster_demo_$$"
pids=()

cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    "$client" --host="$host" --port="$port" --user="$user" -e "drop database if exists $database" || true
}
trap cleanup EXIT

# The first port from $1 upwards that nothing listens on.
free_port() {
    local candidate=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; do candidate=$((candidate + 1)); done
    echo "$candidate"
}

start_instance() {
    local number=$1 http_port=$2
    "$java" -Xmx512m \
        -Dlms.db.url="jdbc:mysql://$host:$port/$database" -Dlms.db.user="$user" -Dlms.db.password="$MYSQL_PWD" \
        -Dlms.demo=true -Dlms.files.dir="$work/files" \
        -jar "$micro" --deploy "$war" --port "$http_port" --clusterName "$cluster" --name "lms-$number" \
        > "$work/instance-$number.log" 2>&1 &
    pids+=($!)
}

wait_serving() {
    local url=$1
    for _ in $(seq 1 "${LMS_START_SECONDS:-900}"); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/login.xhtml")" = 200 ] && return 0
        sleep 1
    done
    echo "no answer from $url; see $work" >&2
    return 1
}

"$client" --host="$host" --port="$port" --user="$user" \
    -e "create database $database character set utf8mb4 collate utf8mb4_unicode_ci"

port1=$(free_port 8181)
port2=$(free_port $((port1 + 1)))
balancer=$(free_port 8190)
started=$(date +%s)
# One after the other: the first creates the schema and the demo data, the second finds them there.
start_instance 1 "$port1"
wait_serving "http://127.0.0.1:$port1"
start_instance 2 "$port2"
wait_serving "http://127.0.0.1:$port2"
echo "instances serving on $port1 and $port2 after $(( $(date +%s) - started )) s"
echo "Hazelcast data grid as instance 2 sees it:"
{ grep -h "DataGrid: $cluster " "$work/instance-2.log" || true; } | sed 's/^ */  /' | sort -u

mkdir -p "$work/nginx"
sed -e "s|@PREFIX@|$work/nginx|g" -e "s|@PORT1@|$port1|" -e "s|@PORT2@|$port2|" -e "s|@LISTEN@|$balancer|" \
    config/nginx-lms.conf > "$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
lb="http://127.0.0.1:$balancer"
echo "nginx balancing on $lb"

cookies="$work/cookies.txt"
# Answers "status instance welcome-line" for a page fetched through the balancer with the person's cookies.
visit() {
    local headers="$work/headers.txt" body
    body=$(curl -s -D "$headers" -b "$cookies" -c "$cookies" "$lb$1")
    printf '%s %s %s\n' "$(head -1 "$headers" | cut -d' ' -f2)" \
        "$(grep -i '^X-LMS-Instance:' "$headers" | tr -d '\r' | cut -d' ' -f2)" \
        "$(grep -o 'id="welcome">[^<]*' <<< "$body" | sed 's/id="welcome">//')"
}

login_page=$(curl -s -b "$cookies" -c "$cookies" "$lb/login.xhtml")
view_state=$(sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' <<< "$login_page" | head -1)
signed_in=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$cookies" -c "$cookies" \
    --data-urlencode "login=login" --data-urlencode "login:email=$email" --data-urlencode "login:password=$password" \
    --data-urlencode "login:next=" --data-urlencode "login:signIn=" --data-urlencode "jakarta.faces.ViewState=$view_state" \
    "$lb/login.xhtml")
echo "sign-in as $email through nginx: $signed_in"

failures=0
check() {
    local result
    result=$(visit /index.xhtml)
    echo "  GET /index.xhtml -> $result"
    case "$result" in
        "200 "*"Welcome, "*) ;;
        *) failures=$((failures + 1)) ;;
    esac
}

echo "both instances up (round robin):"
for _ in 1 2 3 4; do check; done

kill "${pids[0]}"
wait "${pids[0]}" 2>/dev/null || true
echo "instance 1 (port $port1) stopped"
echo "only instance 2 left:"
for _ in 1 2 3 4; do check; done

if [ "$failures" -eq 0 ] && [[ "$signed_in" == 302* ]]; then
    echo "PASS: the person stayed signed in across instances and after instance 1 stopped"
    exit 0
fi
echo "FAIL: $failures request(s) did not find the signed-in person; logs in $work"
exit 1
