#!/usr/bin/env python3
"""Session and memory figures of a running instance on this machine (docs/performance.md, "Session and memory").

  config/session-memory.py --url http://127.0.0.1:8080 --pid PAYARA_PID [--sessions 100] [--requests 300]

1. Per role (administrator, faculty, trainee): signs in, walks the role's main pages and prints what its HTTP session
   holds, when the instance answers /test/session-footprint (only a WAR built for measuring has it, see the doc).
2. CPU per request of the trainee home: the Payara process's user + system CPU time (/proc/PID/stat) over
   --requests requests of /index.xhtml by one signed-in trainee, divided by their number, after a warm-up.
3. Heap: signs in --sessions sessions (trainees, faculty and administrators in turn), each walking its pages,
   forces a full GC (jcmd PID GC.run) and prints the heap in use after it (GC.heap_info), with the sessions alive.

Talks to loopback only and stops after a bounded number of requests. Standard library only.
"""
import argparse
import http.cookiejar
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "demo-password-2026"
ROLES = {
    "administrator": ("admin@demo.iecmhc.org", [
        "/index.xhtml", "/account/accounts.xhtml", "/provider/providers.xhtml", "/helpline/calls.xhtml",
        "/cohort/cohorts.xhtml", "/cohort/cohort.xhtml?id=1", "/reporting/impact.xhtml",
        "/reporting/demographics.xhtml", "/completion/board.xhtml?cohort=1", "/audit/log.xhtml"]),
    "faculty": ("faculty@demo.iecmhc.org", [
        "/index.xhtml", "/course/teaching.xhtml", "/course/queue.xhtml", "/completion/board.xhtml?cohort=1",
        "/supervision/sessions.xhtml", "/practicum/placements.xhtml", "/evaluation/results.xhtml",
        "/community/series-list.xhtml"]),
    "trainee": ("trainee@demo.iecmhc.org", [
        "/index.xhtml", "/course/mine.xhtml", "/completion/progress.xhtml", "/supervision/mine.xhtml",
        "/practicum/log.xhtml", "/community/mine.xhtml", "/cohort/my-profile.xhtml", "/evaluation/courses.xhtml"]),
}
VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"')
NONCE = re.compile(r"PrimeFaces\.csp\.init\('([^']+)'\)")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Session:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())

    def send(self, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(urllib.request.Request(self.base + path, data=body), timeout=120) as answer:
                return answer.status, answer.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as answer:
            return answer.code, answer.read().decode("utf-8", "replace")

    def sign_in(self, email):
        status, form = self.send("/login.xhtml")
        fields = {"login": "login", "login:email": email, "login:password": PASSWORD, "login:next": "",
                  "login:signIn": "", "jakarta.faces.ViewState": VIEW_STATE.search(form).group(1)}
        nonce = NONCE.search(form)
        if nonce:
            fields["primefaces.nonce"] = nonce.group(1)
        status, _ = self.send("/login.xhtml", fields)
        if status != 302:
            sys.exit(f"sign-in as {email} failed: HTTP {status}")

    def walk(self, pages):
        for page in pages:
            status, _ = self.send(page)
            if status != 200:
                sys.exit(f"{page}: HTTP {status}")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def heap_after_full_gc(pid):
    subprocess.run(["jcmd", str(pid), "GC.run"], check=True, capture_output=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], check=True, capture_output=True, text=True).stdout
    used = re.search(r"used (\d+)K", info)
    return int(used.group(1)) / 1024 if used else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--pid", type=int, required=True, help="the Payara Micro process")
    parser.add_argument("--sessions", type=int, default=100, choices=range(1, 501), metavar="1-500")
    parser.add_argument("--requests", type=int, default=300, choices=range(10, 5001), metavar="10-5000")
    args = parser.parse_args()
    host = urllib.parse.urlparse(args.url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("loopback only: give an address on 127.0.0.1 or localhost")
    base = args.url.rstrip("/")

    print("session per role after walking its pages (bytes serialised)")
    for role, (email, pages) in ROLES.items():
        person = Session(base)
        person.sign_in(email)
        person.walk(pages)
        status, footprint = person.send("/test/session-footprint")
        if status != 200:
            print(f"  {role}: no /test/session-footprint on this instance")
            continue
        for line in footprint.strip().splitlines():
            name, size = line.split("\t")
            print(f"  {role:13} {size:>9}  {name}")

    trainee = Session(base)
    trainee.sign_in(ROLES["trainee"][0])
    trainee.walk(["/index.xhtml"] * 30)
    before, started = cpu_seconds(args.pid), time.monotonic()
    trainee.walk(["/index.xhtml"] * args.requests)
    cpu, wall = cpu_seconds(args.pid) - before, time.monotonic() - started
    print(f"trainee home, {args.requests} requests one after the other: "
          f"{1000 * cpu / args.requests:.1f} ms CPU and {1000 * wall / args.requests:.1f} ms wall per request")

    print(f"heap after full GC before the sessions: {heap_after_full_gc(args.pid):.0f} MiB")
    people = list(ROLES.values())
    alive = []
    for number in range(args.sessions):
        email, pages = people[number % len(people)]
        person = Session(base)
        person.sign_in(email)
        person.walk(pages[:5])
        alive.append(person)
    print(f"heap after full GC with {len(alive)} signed-in sessions that each walked 5 pages: "
          f"{heap_after_full_gc(args.pid):.0f} MiB")


if __name__ == "__main__":
    main()
