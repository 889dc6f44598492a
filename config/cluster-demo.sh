#!/usr/bin/env bash
# Two LMS instances in one Hazelcast cluster behind nginx, sharing who is signed in (never the HTTP sessions): signs
# in through the balancer, opens pages with lists and a cohort's edit form on the person's instance, stops that
# instance, and checks that the same person is still signed in on the other one, that the form opened on the stopped
# instance answers the "page expired" redirect there (its view state was in the lost session), and that the form
# reopened on the other instance saves. Prints PASS or FAIL (exit status 0 or 1). Takes two to four minutes on an
# idle machine, most of it the instances starting. Hazelcast binds to loopback only and finds its members by TCP/IP
# on ports of its own (never multicast).
#
#   LMS_DB_HOST (127.0.0.1)  LMS_DB_PORT (3306)  LMS_DB_USER (root)  LMS_DB_PASSWORD (empty): a MariaDB/MySQL server
#   on which the script creates a database for the run, with the demo data, and drops it at the end.
#   LMS_WAR (target/ROOT.war)  PAYARA_MICRO_JAR (target/payara-micro.jar): built with `mvn package` when missing.
#   LMS_CLUSTER_NAME (lms-demo)  LMS_START_SECONDS (900): how long each instance may take to start
#   LMS_HAZELCAST_PORT (6900): the data grid's first port; the members take free ones among the ten from there
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
        --clusterMode "tcpip:$members" --startPort "$grid" --interfaces 127.0.0.1 \
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
grid=${LMS_HAZELCAST_PORT:-6900}
# Payara moves a member to the next port when its start port is taken (also by a data grid on another interface),
# so each member looks for the other on the ten ports from there, at 127.0.0.1 only: no multicast, nothing beyond
# this machine.
members=$(seq -s, -f "127.0.0.1:%g" "$grid" $((grid + 9)))
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
headers="$work/headers.txt"
page="$work/page.html"
# The instance nginx used for the last request (X-LMS-Instance), such as 127.0.0.1:8181.
instance() {
    grep -i '^X-LMS-Instance:' "$headers" | tr -d '\r' | cut -d' ' -f2-
}

# Answers "status instance" for a page fetched through the balancer with the person's cookies; the page is in $page.
fetch() {
    curl -s -D "$headers" -o "$page" -b "$cookies" -c "$cookies" "$lb$1" >/dev/null
    printf '%s %s\n' "$(head -1 "$headers" | cut -d' ' -f2)" "$(instance)"
}

# Answers "status instance welcome-line" for a page fetched through the balancer.
visit() {
    printf '%s %s\n' "$(fetch "$1")" "$(grep -o 'id="welcome">[^<]*' "$page" | sed 's/id="welcome">//')"
}

# The fields a browser sends when it submits form $1 of $page as it stands: inputs (ticked boxes only), selected
# options and PrimeFaces' CSP nonce (a post-back without it is refused), each name=value ending with a NUL.
form_fields() {
    FORM=$1 perl -0777 -ne '
        sub unescape { my $v = shift; $v =~ s/&quot;/"/g; $v =~ s/&lt;/</g; $v =~ s/&gt;/>/g; $v =~ s/&#39;/\x27/g;
                       $v =~ s/&amp;/&/g; return $v }
        sub attr { my ($tag, $name) = @_; return $tag =~ /\b$name="([^"]*)"/ ? unescape($1) : undef }
        /(<form id="\Q$ENV{FORM}\E".*?<\/form>)/s or die "no form $ENV{FORM}\n";
        my $form = $1;
        while ($form =~ /<input\b([^>]*)>/g) {
            my ($tag, $type) = ($1, attr($1, "type") // "text");
            my $name = attr($tag, "name");
            next if !defined $name || $type eq "submit" || $type eq "button";
            next if ($type eq "checkbox" || $type eq "radio") && $tag !~ /\bchecked/;
            print "$name=", attr($tag, "value") // ($type eq "checkbox" ? "on" : ""), "\0";
        }
        while ($form =~ /<select\b([^>]*)>(.*?)<\/select>/gs) {
            my ($tag, $options) = ($1, $2);
            print attr($tag, "name"), "=", unescape($1), "\0" if $options =~ /<option\b[^>]*value="([^"]*)"[^>]*selected/;
        }
        print "primefaces.nonce=$1\0" if /PrimeFaces\.csp\.init\(\x27([^\x27]+)\x27\)/;
    ' "$page"
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

echo "both instances up (nginx keeps the person on one instance, by the lms_sign_in cookie):"
for _ in 1 2 3 4; do check; done

# Lists keep their page of rows in the view, so these put view state in the session as a person's browsing does.
echo "pages with lists:"
for path in /cohort/cohorts.xhtml /audit/log.xhtml /supervision/sessions.xhtml /account/accounts.xhtml; do
    echo "  GET $path -> $(fetch "$path")"
done

read -r cohort stored_name < <("$client" --host="$host" --port="$port" --user="$user" -N -B "$database" \
    -e "select id, name from cohort where status <> 'CLOSED' order by id limit 1")
form="/cohort/cohort.xhtml?id=$cohort"
opened=$(fetch "$form")
mapfile -d '' fields < <(form_fields cohort)
echo "cohort $cohort ('$stored_name') form opened: GET $form -> $opened"
if [ "$(instance)" = "127.0.0.1:$port1" ]; then lost=0; else lost=1; fi
new_name="$stored_name, saved after instance $((lost + 1)) stopped"

kill "${pids[$lost]}"
wait "${pids[$lost]}" 2>/dev/null || true
echo "instance $((lost + 1)), the person's, stopped"
echo "only instance $((2 - lost)) left:"
for _ in 1 2 3 4; do check; done

# The fields of the form as the page showed them, with the new name; $1 is the submit button.
form_post() {
    local field
    post=(--data-urlencode "$1=")
    for field in "${fields[@]}"; do
        [[ "$field" == cohort:name=* ]] && field="cohort:name=$new_name"
        post+=(--data-urlencode "$field")
    done
    curl -s -D "$headers" -o "$page" -w '%{http_code} %{redirect_url}' -b "$cookies" -c "$cookies" "${post[@]}" "$lb$form"
}

expired=$(form_post cohort:save)
echo "  POST $form opened on the stopped instance -> $expired $(instance)"
reopened=$(fetch "$form")
mapfile -d '' fields < <(form_fields cohort)
saved=$(form_post cohort:save)
echo "  GET $form again -> $reopened; POST (name '$new_name') -> $saved $(instance)"
name_now=$("$client" --host="$host" --port="$port" --user="$user" -N -B "$database" \
    -e "select name from cohort where id = $cohort")
echo "cohort $cohort in the database: '$name_now'"

if [ "$failures" -eq 0 ] && [[ "$signed_in" == 302* ]] && [[ "$opened" == 200* ]] \
        && [[ "$expired" == 302*"/error/expired.xhtml" ]] && [[ "$saved" == 302* ]] && [ "$name_now" = "$new_name" ]; then
    echo "PASS: the person stayed signed in after their instance stopped; the form opened there answered \"page"
    echo "      expired\" on the other instance, and reopened there it saved"
    exit 0
fi
echo "FAIL: $failures request(s) did not find the signed-in person; form opened '$opened', posted after the stop"
echo "      '$expired', saved '$saved', name '$name_now'; logs in $work"
exit 1
