#!/usr/bin/env python3
"""Write throughput and latency of POST /api/events against a running tracker.

Usage: bench/write-bench.py BASE_URL USER PASSWORD [COUNT] [CLIENTS]
       bench/write-bench.py http://localhost:8080 admin change-me 1000 4

Creates a company and a person of its own, then logs COUNT hires of that person (each with its own key and a
new source, as a journalist's entry would have) from CLIENTS parallel clients over kept-alive connections, and
prints the time taken, writes per second and the median / p95 / max latency of the 201s. Anything else than a
201 is counted and shown. Start the app with -Dtracker.bcrypt-cost=4 on a fresh data folder (the admin's hash is
made at that cost), or every Basic request spends its time in bcrypt, not in the write.
"""
import base64
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse


def main():
    base, user, password = sys.argv[1], sys.argv[2], sys.argv[3]
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
    clients = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    url = urllib.parse.urlparse(base)
    auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    headers = {"Authorization": auth, "Content-Type": "application/json", "Accept": "application/json"}
    run = str(int(time.time() * 1000))

    def connect():
        return http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)

    def post(conn, path, body):
        conn.request("POST", path, json.dumps(body), headers)
        r = conn.getresponse()
        data = r.read()
        return r.status, data

    setup = connect()
    status, data = post(setup, "/api/companies", {"name": "Bench Labs " + run})
    company = json.loads(data)["slug"]
    status, data = post(setup, "/api/people", {"name": "Bench Person " + run})
    person = json.loads(data)["slug"]

    latencies, failures = [], {}
    lock = threading.Lock()

    def worker(n0, n1):
        conn = connect()
        mine, bad = [], {}
        for n in range(n0, n1):
            body = {
                "key": f"bench-{run}-{n}", "type": "HIRE", "date": "2025-01-%02d" % (n % 28 + 1),
                "person": person, "company": company,
                "role": {"title": "Engineer", "category": "ENGINEERING", "seniority": "IC"},
                "sources": [{"url": f"https://bench.example.org/{run}/{n}", "title": "Bench report",
                             "publisher": "Bench Wire", "quote": "Joined."}],
            }
            t = time.perf_counter()
            status, _ = post(conn, "/api/events", body)
            dt = (time.perf_counter() - t) * 1000
            if status == 201:
                mine.append(dt)
            else:
                bad[status] = bad.get(status, 0) + 1
        with lock:
            latencies.extend(mine)
            for k, v in bad.items():
                failures[k] = failures.get(k, 0) + v

    per = count // clients
    threads = [threading.Thread(target=worker, args=(i * per, count if i == clients - 1 else (i + 1) * per))
               for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - start
    latencies.sort()
    print(f"{len(latencies)} events created by {clients} client(s) in {took:.1f} s: "
          f"{len(latencies) / took:.0f} writes/s; latency median {statistics.median(latencies):.1f} ms, "
          f"p95 {latencies[int(len(latencies) * 0.95) - 1]:.1f} ms, max {latencies[-1]:.1f} ms"
          + (f"; not 201: {failures}" if failures else ""))


if __name__ == "__main__":
    main()
