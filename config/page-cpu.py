#!/usr/bin/env python3
"""Application CPU per request of the typical signed-in pages on two or more running instances, measured in turn
(issue 17): for each page and instance, N requests one after another in one signed-in session after 20 warm-up
requests, the Payara process's CPU time (user + system, /proc/PID/stat) over them divided by N, and the wall time
per request; R rounds, so that warm-up and noise show as spread. One client at a time keeps the machine otherwise
quiet, which config/page-cost.py's concurrent turns do not; compare instances within a round.

    config/page-cpu.py --ports 8093,8095 [-n 300] [-r 3] [--database lms_scale] [--pages "call list,impact dashboard"]

The instances must serve the California-scale data set (docs/performance.md); each is found by the `--port N` of
its command line. Pages and accounts are those of config/page-cost.py.
"""
import argparse
import http.client
import importlib.util
import os
import pathlib
import re
import subprocess
import time

spec = importlib.util.spec_from_file_location("page_cost", pathlib.Path(__file__).parent / "page-cost.py")
page_cost = importlib.util.module_from_spec(spec)
spec.loader.exec_module(page_cost)

TRAINEE = "trainee1601@scale.iecmhc.org"
ADMIN = "admin01@scale.iecmhc.org"


def pid_of(port):
    found = subprocess.run(["pgrep", "-f", "--", f"--port {port}"], capture_output=True, text=True).stdout.split()
    if not found:
        raise SystemExit(f"no Payara Micro process with --port {port}")
    return int(found[0])


def main():
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument("--ports", required=True, help="the instances' HTTP ports on 127.0.0.1, comma-separated")
    arguments.add_argument("-n", "--requests", type=int, default=300)
    arguments.add_argument("-r", "--rounds", type=int, default=3)
    arguments.add_argument("--database", default="lms_scale")
    arguments.add_argument("-p", "--password", default="scale-password-2026")
    arguments.add_argument("--pages", help="only these pages, by name, comma-separated (all when not given)")
    options = arguments.parse_args()
    if not re.fullmatch(r"\w+", options.database):
        raise SystemExit("--database is a plain name")
    ports = [int(port) for port in options.ports.split(",")]
    db = options.database
    cohort, course = page_cost.sql(f"select e.cohort_id, min(c.id) from {db}.enrollment e"
                                   f" join {db}.account a on a.id = e.trainee_id"
                                   f" join {db}.course c on c.cohort_id = e.cohort_id"
                                   f" where a.email = '{TRAINEE}' group by e.cohort_id"
                                   " order by e.cohort_id desc limit 1").split()
    pages = [("trainee home", "/index.xhtml", TRAINEE), ("my progress", "/completion/progress.xhtml", TRAINEE),
             ("course page", f"/course/view.xhtml?id={course}", TRAINEE),
             ("cohort list", "/cohort/cohorts.xhtml", ADMIN), ("call list", "/helpline/calls.xhtml", ADMIN),
             ("accounts list", "/account/accounts.xhtml", ADMIN),
             ("completion board (40 trainees)", f"/completion/board.xhtml?cohort={cohort}", ADMIN),
             ("impact dashboard", "/reporting/impact.xhtml", ADMIN),
             ("demographics", "/reporting/demographics.xhtml", ADMIN)]
    if options.pages:
        chosen = {name.strip() for name in options.pages.split(",")}
        unknown = chosen - {name for name, _, _ in pages}
        if unknown:
            raise SystemExit("unknown pages: " + ", ".join(sorted(unknown)))
        pages = [page for page in pages if page[0] in chosen]
    sessions = {port: {who: {"Cookie": page_cost.session_cookie(f"http://127.0.0.1:{port}", who, options.password)}
                       for who in (TRAINEE, ADMIN)} for port in ports}
    pids = {port: pid_of(port) for port in ports}
    figures = {}
    print(f"load average before {os.getloadavg()[0]:.2f}")
    for _ in range(options.rounds):
        for name, path, who in pages:
            for port in ports:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                for _ in range(20):
                    page_cost.get(connection, path, sessions[port][who])
                cpu, started = page_cost.cpu_seconds(pids[port]), time.monotonic()
                for _ in range(options.requests):
                    page_cost.get(connection, path, sessions[port][who])
                cpu = (page_cost.cpu_seconds(pids[port]) - cpu) * 1000 / options.requests
                wall = (time.monotonic() - started) * 1000 / options.requests
                connection.close()
                figures.setdefault((name, port), []).append((cpu, wall))
    print(f"load average after {os.getloadavg()[0]:.2f}")
    print("| page | " + " | ".join(f"port {port}: CPU ms per request, each round (wall ms)" for port in ports) + " |")
    print("|---|" + "---|" * len(ports))
    for name, _, _ in pages:
        cells = [", ".join(f"{cpu:.1f}" for cpu, _ in figures[(name, port)])
                 + " (" + ", ".join(f"{wall:.0f}" for _, wall in figures[(name, port)]) + ")" for port in ports]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
