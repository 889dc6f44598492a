#!/usr/bin/env python3
"""What one request of each typical signed-in page costs on a running instance, side by side with /health in the
same run (issue 17): SQL statements per request, application CPU per request, bytes, and requests per second with a
few concurrent clients. Prints a Markdown table and the load average before and after, since the client, the
application and the database share the machine.

    config/page-cost.py --pid PAYARA_PID [-b http://127.0.0.1:8080] [-n 40] [-c 4] [-s 10] [--db-user lms_page_cost]

For each page: N requests one after another in one signed-in session after a warm-up, reading the Payara process's
CPU time (user + system, /proc/PID/stat) and the statements the application's database user sent
(information_schema.USER_STATISTICS, read with the mariadb client as root on 127.0.0.1) before and after, each
divided by N; then C client threads with a kept-alive connection each call it for S seconds. The statement count
needs a database user of the application's own, so that other clients of the server do not count, and MariaDB's
user statistics on (SET GLOBAL userstat=1); without them the column shows "-". CPU includes whatever else the
instance did meanwhile (it should be otherwise idle). Defaults fit the California-scale data set
(docs/performance.md): the trainee and the 40-trainee cohort under way, whose first course is the course page.
"""
import argparse
import http.client
import importlib.util
import os
import pathlib
import re
import subprocess
import time
import urllib.parse

HERE = pathlib.Path(__file__).parent


def borrowed(script, name):
    """A function of a sibling script (their file names are not module names)."""
    spec = importlib.util.spec_from_file_location(script.replace("-", "_"), HERE / f"{script}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


signed_in = borrowed("dashboard-latency", "signed_in")
hammer = borrowed("api-sign-in-bench", "hammer")


def sql(query):
    return subprocess.run(["mariadb", "-uroot", "-h127.0.0.1", "-N", "-B", "-e", query], check=True,
                          capture_output=True, text=True).stdout.strip()


def statements_sent(db_user):
    if not db_user:
        return None
    row = sql("select select_commands, update_commands, other_commands from information_schema.user_statistics"
              f" where user = '{db_user}'")
    return sum(int(n) for n in row.split()) if row else 0


def cpu_seconds(pid):
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def session_cookie(base, email, password):
    opener = signed_in(base, email, password)
    jar = next(h.cookiejar for h in opener.handlers if hasattr(h, "cookiejar"))
    return "; ".join(f"{c.name}={c.value}" for c in jar)


def get(connection, path, headers):
    connection.request("GET", path, headers=headers)
    answer = connection.getresponse()
    body = answer.read()
    if answer.status != 200 or b'id="login"' in body:
        raise SystemExit(f"{path} answered {answer.status} without the page; signed in as the right role?")
    return len(body)


def main():
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument("--pid", type=int, required=True, help="the Payara Micro process serving --base")
    arguments.add_argument("-b", "--base", default="http://127.0.0.1:8080")
    arguments.add_argument("-n", "--requests", type=int, default=40, help="sequential requests of each page")
    arguments.add_argument("-c", "--clients", type=int, default=4, help="concurrent clients for requests/s")
    arguments.add_argument("-s", "--seconds", type=float, default=10, help="length of each requests/s turn")
    arguments.add_argument("--db-user", default="", help="the application's own database user, for statements")
    arguments.add_argument("--database", default="lms_scale")
    arguments.add_argument("--admin", default="admin01@scale.iecmhc.org")
    arguments.add_argument("--trainee", default="trainee1601@scale.iecmhc.org")
    arguments.add_argument("-p", "--password", default="scale-password-2026")
    options = arguments.parse_args()
    if not re.fullmatch(r"\w*", options.db_user + options.database):
        raise SystemExit("--db-user and --database are plain names")
    cohort, course = sql(f"select e.cohort_id, min(c.id) from {options.database}.enrollment e"
                         f" join {options.database}.account a on a.id = e.trainee_id"
                         f" join {options.database}.course c on c.cohort_id = e.cohort_id"
                         f" where a.email = '{options.trainee}' group by e.cohort_id"
                         " order by e.cohort_id desc limit 1").split()
    admin = {"Cookie": session_cookie(options.base, options.admin, options.password)}
    trainee = {"Cookie": session_cookie(options.base, options.trainee, options.password)}
    pages = [("/health", "/health", {}),
             ("trainee home", "/index.xhtml", trainee),
             ("my progress", "/completion/progress.xhtml", trainee),
             ("course page", f"/course/view.xhtml?id={course}", trainee),
             ("cohort list", "/cohort/cohorts.xhtml", admin),
             ("call list", "/helpline/calls.xhtml", admin),
             ("accounts list", "/account/accounts.xhtml", admin),
             ("completion board (40 trainees)", f"/completion/board.xhtml?cohort={cohort}", admin),
             ("impact dashboard", "/reporting/impact.xhtml", admin),
             ("demographics", "/reporting/demographics.xhtml", admin)]
    address = urllib.parse.urlsplit(options.base)
    load_before = os.getloadavg()
    print(f"{options.requests} sequential requests a page, then {options.clients} clients for {options.seconds:g} s;"
          f" load average before {load_before[0]:.2f} {load_before[1]:.2f}")
    print("| page | statements / request | CPU ms / request | bytes | requests/s | share of /health |")
    print("|---|---|---|---|---|---|")
    health_rate = None
    for name, path, headers in pages:
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
        for _ in range(3):
            size = get(connection, path, headers)
        statements, cpu = statements_sent(options.db_user), cpu_seconds(options.pid)
        for _ in range(options.requests):
            get(connection, path, headers)
        cpu = (cpu_seconds(options.pid) - cpu) * 1000 / options.requests
        statements = "-" if statements is None else f"{(statements_sent(options.db_user) - statements) / options.requests:.1f}"
        connection.close()
        latencies, wall = hammer(options.base, path, headers, options.seconds, options.clients)
        rate = len(latencies) / wall
        health_rate = health_rate or rate
        print(f"| {name} | {statements} | {cpu:.1f} | {size:,} | {rate:.1f} | {rate / health_rate:.0%} |")
    load_after = os.getloadavg()
    print(f"load average after {load_after[0]:.2f} {load_after[1]:.2f}")


if __name__ == "__main__":
    main()
