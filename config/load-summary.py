#!/usr/bin/env python3
"""Prints a Gatling run's figures per request as a Markdown table for docs/performance.md: count, failed, p50, p95,
p99 (ms, as configured in src/load/resources/gatling.conf) and mean throughput (requests per second).

    config/load-summary.py [RUN_DIRECTORY]    (default: the newest run under target/gatling)
"""
import glob
import os
import re
import sys


def newest_run():
    runs = sorted(glob.glob("target/gatling/*/js/stats.js"), key=os.path.getmtime)
    if not runs:
        sys.exit("No Gatling run under target/gatling")
    return os.path.dirname(os.path.dirname(runs[-1]))


def main():
    run = sys.argv[1] if len(sys.argv) > 1 else newest_run()
    with open(os.path.join(run, "js", "stats.js"), encoding="utf-8") as stats:
        text = stats.read()
    print(f"Gatling run {run}\n")
    print("| request | count | failed | p50 ms | p95 ms | p99 ms | requests/s |")
    print("|---|---|---|---|---|---|---|")
    for block in text.split("stats: {")[1:]:
        name = re.search(r'"name": "([^"]*)"', block).group(1)
        # Each figure is {"total": ..., "ok": ..., "ko": ...}; the table shows the total, and the failures' count.
        figures = {key: (total, ko) for key, total, ko in
                   re.findall(r'"(\w+)": \{\s*"total": "([^"]*)",\s*"ok": "[^"]*",\s*"ko": "([^"]*)"', block)}
        fields = {key: total for key, (total, _) in figures.items()}
        failed = figures["numberOfRequests"][1]
        label = "**all requests**" if name == "All Requests" else name
        print(f"| {label} | {fields['numberOfRequests']} | {failed} | {fields['percentiles1']} |"
              f" {fields['percentiles2']} | {fields['percentiles3']} | {fields['meanNumberOfRequestsPerSecond']} |")


if __name__ == "__main__":
    main()
