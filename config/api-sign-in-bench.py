#!/usr/bin/env python3
"""Calls per second of GET /api/v1/me with HTTP Basic, against /health in the same run, on one running instance:
what signing in at every API call costs (issue 17, point 5). Each of a few client threads keeps one connection open
and calls as fast as answers come; /health and the API take turns for a few rounds after a warm-up. Prints, per
turn, the calls per second, the median and 95th-percentile latency, and the load average before and after, since
the client shares the machine with the application and the database.

    config/api-sign-in-bench.py [-b http://127.0.0.1:8080] [-u EMAIL] [-p PASSWORD] [-c 4] [-s 15] [-r 2]

Defaults fit the demo data (docs/demo.md). The instance must allow more than 300 API calls a minute from one
account: start it with -Dlms.rate-limit.api.burst=1000000 -Dlms.rate-limit.api.per-minute=1000000.
"""
import argparse
import base64
import http.client
import os
import statistics
import threading
import time
import urllib.parse


def hammer(base, path, headers, seconds, clients):
    """Calls path from each client thread until the time is up; answers the latencies in ms and the wall time."""
    address = urllib.parse.urlsplit(base)
    latencies = []
    failures = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client():
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
        mine = []
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            connection.request("GET", path, headers=headers)
            answer = connection.getresponse()
            answer.read()
            mine.append((time.perf_counter() - start) * 1000)
            if answer.status != 200:
                failures.append(answer.status)
                break
        connection.close()
        with lock:
            latencies.extend(mine)

    began = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit(f"{path} answered {failures[0]}; is the API rate limit raised (see --help)?")
    return latencies, time.perf_counter() - began


def main():
    arguments = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    arguments.add_argument("-b", "--base", default="http://127.0.0.1:8080")
    arguments.add_argument("-u", "--user", default="admin@demo.iecmhc.org")
    arguments.add_argument("-p", "--password", default="demo-password-2026")
    arguments.add_argument("-c", "--clients", type=int, default=4, help="client threads, one connection each")
    arguments.add_argument("-s", "--seconds", type=float, default=15, help="length of each turn")
    arguments.add_argument("-r", "--rounds", type=int, default=2, help="turns of each endpoint")
    options = arguments.parse_args()
    basic = {"Authorization": "Basic " + base64.b64encode(f"{options.user}:{options.password}".encode()).decode()}
    targets = [("/health", {}), ("/api/v1/me", basic)]

    load_before = os.getloadavg()
    for path, headers in targets:
        hammer(options.base, path, headers, 3, options.clients)
    print(f"{options.clients} clients, {options.seconds:g} s a turn, load average before {load_before[0]:.2f}")
    print("| turn | calls | calls/s | median ms | p95 ms |")
    print("|---|---|---|---|---|")
    rates = {path: [] for path, _ in targets}
    for _ in range(options.rounds):
        for path, headers in targets:
            latencies, wall = hammer(options.base, path, headers, options.seconds, options.clients)
            rates[path].append(len(latencies) / wall)
            p95 = statistics.quantiles(latencies, n=20)[-1]
            print(f"| {path} | {len(latencies)} | {len(latencies) / wall:.1f} | {statistics.median(latencies):.1f}"
                  f" | {p95:.1f} |")
    health, api = statistics.mean(rates["/health"]), statistics.mean(rates["/api/v1/me"])
    print(f"mean calls/s: /health {health:.1f}, /api/v1/me {api:.1f} ({api / health:.0%} of /health);"
          f" load average after {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
