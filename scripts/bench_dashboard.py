"""Benchmark of `interview-prep dashboard` over a 10,000-interview database (figures, not
assertions): the overview page and GET /api/interviews (a page of 50, and the upcoming list),
sequential latency (median, p99 over 500 requests on one keep-alive connection, as one person's
browser makes them) and throughput under load from wrk (2 threads, 8 connections, 10 s).
"""

import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from bench import filled_database, percentile  # noqa: E402

# Each path with the number of sequential requests timed (the board shows every job: fewer).
PATHS = [("/", 500), ("/api/interviews", 500), ("/api/interviews?upcoming=true&days=7", 500), ("/jobs", 20)]
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "500"))


def start(binary, env):
    process = subprocess.Popen([binary, "dashboard", "--port", "0"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in process.stdout:
        if line.startswith("Open: "):
            match = re.match(r"Open: http://([^:]+):(\d+)/\?token=(\w+)", line)
            return process, match.group(1), int(match.group(2)), match.group(3)
    raise RuntimeError("the dashboard did not start")


def sequential(host, port, token, path, requests):
    connection = http.client.HTTPConnection(host, port)
    headers = {"Authorization": f"Bearer {token}", "Host": f"{host}:{port}"}
    samples, size = [], 0
    for _ in range(requests):
        began = time.perf_counter()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read()
        samples.append((time.perf_counter() - began) * 1000)
        assert response.status == 200, (path, response.status, body[:200])
        size = len(body)
    connection.close()
    return samples, size


def load(host, port, token, path):
    if not shutil.which("wrk"):
        return "wrk not installed (apt-get install wrk)"
    completed = subprocess.run(["wrk", "-t2", "-c8", "-d10s", "--latency", "-H", f"Authorization: Bearer {token}",
                                f"http://{host}:{port}{path}"], capture_output=True, text=True)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", completed.stdout)
    distribution = completed.stdout.split("Latency Distribution")[-1]
    p50 = re.search(r"50%\s+(\S+)", distribution)
    p99 = re.search(r"99%\s+(\S+)", distribution)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", completed.stdout)
    return (f"{float(rate.group(1)):.0f} req/s, latency under load p50 {p50.group(1)}, p99 {p99.group(1)}"
            + (f", {errors.group(1)} errors" if errors else ""))


def main(binary):
    env, _ = filled_database(binary, "interview-prep-bench-dashboard-")
    process, host, port, token = start(binary, env)
    try:
        for path, requests in PATHS:
            requests = min(requests, REQUESTS)
            sequential(host, port, token, path, max(1, requests // 10))  # warm
            samples, size = sequential(host, port, token, path, requests)
            print(f"GET {path} ({size / 1024:.0f} KiB): median {statistics.median(samples):.2f} ms, "
                  f"p99 {percentile(samples, 0.99):.2f} ms over {requests} sequential requests; {load(host, port, token, path)}", flush=True)
        with open(f"/proc/{process.pid}/status") as status:
            peak = next(line for line in status if line.startswith("VmHWM")).split()[1]
        print(f"dashboard peak RSS after the run: {int(peak) / 1024:.1f} MiB")
    finally:
        process.terminate()
        process.wait(timeout=10)
    shutil.rmtree(env["HOME"], ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/interview-prep")
