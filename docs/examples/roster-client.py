#!/usr/bin/env python3
"""Imports a roster into a cohort with an access token, follows its invitations and prints the cohort's completion.

Usage: LMS_URL=https://lms.example.org LMS_TOKEN=... python3 roster-client.py COHORT_ID ROSTER.csv [--wait SECONDS]

The token needs the scope program:write and must belong to an administrator. Python 3.8 or later, standard
library only. Exits 0 when the roster is imported, 1 with the API's error text when a call is refused, 2 when
the arguments or the environment are wrong.
"""

import argparse
import csv
import json
import os
import sys
import time
import urllib.error
import urllib.request

POLL_SECONDS = 2
PAGE_SIZE = 500


class ApiFailure(Exception):
    """A call the API refused, with its status and the error text to show."""

    def __init__(self, method, path, status, text):
        super().__init__(f"{method} {path}: HTTP {status}\n{text}")


def error_text(body):
    """The readable part of an error answer: problem details (detail, errors), the older error/fields form, or all."""
    try:
        answer = json.loads(body)
    except ValueError:
        return body.strip() or "(no body)"
    if not isinstance(answer, dict):
        return body.strip()
    lines = []
    for key in ("detail", "error"):
        if isinstance(answer.get(key), str):
            lines.append(answer[key])
            break
    else:
        if isinstance(answer.get("title"), str):
            lines.append(answer["title"])
    for problem in answer.get("errors") or answer.get("fields") or []:
        if isinstance(problem, dict):
            where = problem.get("field", problem.get("line", problem.get("pointer")))
            message = problem.get("message", problem.get("detail", json.dumps(problem)))
            lines.append(f"  line {where}: {message}" if "line" in problem else f"  {where}: {message}")
        else:
            lines.append(f"  {problem}")
    if isinstance(answer.get("total"), int) and answer["total"] > len(answer.get("errors") or []):
        lines.append(f"  ... {answer['total']} problems in all")
    return "\n".join(lines) if lines else body.strip()


class Lms:
    def __init__(self, url, token):
        self.base = url.rstrip("/") + "/api/v1"
        self.token = token

    def call(self, method, path, body=None, content_type=None):
        request = urllib.request.Request(self.base + path, data=body, method=method)
        request.add_header("Authorization", "Bearer " + self.token)
        request.add_header("Accept", "application/json")
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(request, timeout=120) as answer:
                return json.loads(answer.read().decode("utf-8") or "null")
        except urllib.error.HTTPError as refused:
            raise ApiFailure(method, path, refused.code,
                             error_text(refused.read().decode("utf-8", "replace"))) from None


def roster_emails(path):
    with open(path, encoding="utf-8-sig", newline="") as file:
        return {row["email"].strip().lower() for row in csv.DictReader(file) if row.get("email")}


def every_page(lms, path):
    """The API's lists come a page at a time (pages from 0, at most 500 rows): reads pages until one is not full."""
    rows, page = [], 0
    while True:
        answer = lms.call("GET", f"{path}?page={page}&size={PAGE_SIZE}")
        rows.extend(answer)
        if len(answer) < PAGE_SIZE:
            return rows
        page += 1


def follow_invitations(lms, cohort, emails, wait):
    """Polls until no invitation of these people waits in the outbox any more, or until the wait is over."""
    deadline = time.monotonic() + wait
    while True:
        mine = [i for i in every_page(lms, f"/cohorts/{cohort}/invitations") if i["email"].lower() in emails]
        queued = [i for i in mine if i.get("mail") == "queued"]
        if not queued or time.monotonic() >= deadline:
            return mine, bool(queued)
        time.sleep(min(POLL_SECONDS, max(0.0, deadline - time.monotonic())))


def count(rows, key):
    counts = {}
    for row in rows:
        value = row.get(key) or "none"
        counts[value] = counts.get(value, 0) + 1
    return ", ".join(f"{n} {value}" for value, n in sorted(counts.items()))


def main():
    parser = argparse.ArgumentParser(description="Import a roster into a cohort of the IECMHC Network LMS.")
    parser.add_argument("cohort", type=int, help="the cohort's id (GET /api/v1/cohorts lists them)")
    parser.add_argument("roster", help="the roster CSV file (UTF-8, with a header line)")
    parser.add_argument("--wait", type=float, default=60, help="seconds to wait for the invitations (default 60)")
    arguments = parser.parse_args()
    url, token = os.environ.get("LMS_URL"), os.environ.get("LMS_TOKEN")
    if not url or not token:
        parser.error("set LMS_URL (such as http://localhost:8080) and LMS_TOKEN (an access token)")
    lms = Lms(url, token)
    cohort = arguments.cohort
    with open(arguments.roster, "rb") as file:
        roster = file.read()

    try:
        about = lms.call("GET", f"/cohorts/{cohort}")
        imported = lms.call("POST", f"/cohorts/{cohort}/roster", roster, "text/csv")["imported"]
        print(f"Cohort {about['name']} ({cohort}): {imported} people imported from {arguments.roster}")

        invitations, waiting = follow_invitations(lms, cohort, roster_emails(arguments.roster), arguments.wait)
        print(f"Invitations: {count(invitations, 'invitation')}; mails: {count(invitations, 'mail')}")
        if waiting:
            print(f"  some mails were still queued after {arguments.wait:g} s; the server keeps sending them")
        for failed in (i for i in invitations if i.get("mail") == "failed"):
            print(f"  the invitation to {failed['email']} could not be mailed: send it again on the cohort's page")

        completion = every_page(lms, f"/cohorts/{cohort}/completion")
        print(f"Completion of {len(completion)} enrollments: {count(completion, 'status')}")
        for row in completion:
            print(f"  {row['traineeName']}: {row['status']}, {row['overallPercent']}%")
    except ApiFailure as failure:
        print(failure, file=sys.stderr)
        return 1
    except urllib.error.URLError as unreachable:
        print(f"{url} cannot be reached: {unreachable.reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
