"""Benchmark of `interview-prep serve` on a 10,000-interview database (figures, not assertions).

Measures: cold start (spawn to initialize reply), a real client's session (initialize, then
tools/list, as every client does first; its size and time), the peak memory of a client's
everyday session (initialize, tools/list, 20 calls), median and p95 latency of
get_upcoming_interviews, get_interview and list_interviews (25 and 500 results) over 1,000
sequential calls each, the write rate while filling the database, and peak RSS (VmHWM) of the
server process after initialize and after the whole session. Talks raw JSON-RPC over pipes so the client adds little;
read latency runs from writing a request to reading the whole reply line (parsing is checked after).
"""

import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

INTERVIEWS = int(os.environ.get("BENCH_INTERVIEWS", "10000"))
CALLS = int(os.environ.get("BENCH_CALLS", "1000"))
TYPES = ["phone_screen", "video_interview", "technical", "behavioral", "on_site", "panel", "final_round", "debrief"]


class RawServer:
    def __init__(self, binary, env):
        self.process = subprocess.Popen([binary, "serve"], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.next_id = 0

    def send(self, method, params=None):
        """Writes one request and returns the reply line, unparsed, with the id it must carry."""
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            message["params"] = params
        self.process.stdin.write((json.dumps(message) + "\n").encode())
        self.process.stdin.flush()
        return self.next_id, self.process.stdout.readline()

    @staticmethod
    def checked(request_id, line):
        """The result of a reply line, after checking it answers `request_id` without an error."""
        reply = json.loads(line)
        assert reply.get("id") == request_id, reply
        if "error" in reply or reply.get("result", {}).get("isError"):
            raise RuntimeError(reply)
        return reply["result"]

    def request(self, method, params=None):
        return self.checked(*self.send(method, params))

    def initialize(self):
        result = self.request("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                             "clientInfo": {"name": "bench", "version": "1"}})
        self.process.stdin.write(b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n')
        self.process.stdin.flush()
        return result

    def call(self, name, arguments):
        return self.request("tools/call", {"name": name, "arguments": arguments})

    def peak_rss_kib(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return -1

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(function, count):
    samples = []
    for index in range(count):
        started = time.perf_counter()
        function(index)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def timed_reads(server, name, arguments_for, count):
    """Latency of `count` sequential calls: from writing the request to reading the whole reply
    line. Replies are parsed and checked afterwards, so the client's JSON parsing (0.4 ms for a
    60 KB reply in Python) is not counted as the server's time."""
    replies = []
    samples = timed(lambda index: replies.append(
        server.send("tools/call", {"name": name, "arguments": arguments_for(index)})), count)
    for request_id, line in replies:
        RawServer.checked(request_id, line)
    return samples


def fill(server, count):
    """Schedules `count` interviews over five years from a year ago (about 40 in any 7 days), and
    returns each call's milliseconds."""
    origin = dt.datetime.now(dt.timezone.utc).replace(minute=0, second=0, microsecond=0) - dt.timedelta(days=365)
    step = dt.timedelta(days=5 * 365) / count
    random.seed(7)

    def schedule(index):
        start = origin + index * step
        server.call("schedule_interview", {
            "company": f"Company {index % 400}", "role": f"Role {index % 7}", "type": TYPES[index % len(TYPES)],
            "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "timezone": "America/New_York",
            "interviewer_name": "Alex Example", "location": "https://meet.example.com/abc"})

    return timed(schedule, count)


def filled_database(binary, prefix):
    """A throwaway home with a database of INTERVIEWS interviews; returns its environment and
    each schedule_interview call's milliseconds."""
    folder = tempfile.mkdtemp(prefix=prefix)
    env = {"HOME": folder, "PATH": os.environ.get("PATH", ""), "INTERVIEW_PREP_DB": os.path.join(folder, "bench.sqlite"),
           "XDG_CONFIG_HOME": os.path.join(folder, "config"), "INTERVIEW_PREP_TIMEZONE": "America/New_York"}
    print(f"binary: {binary}\ndatabase: {env['INTERVIEW_PREP_DB']}")
    server = RawServer(binary, env)
    server.initialize()
    writes = fill(server, INTERVIEWS)
    server.close()
    return env, writes


def main(binary):
    env, writes = filled_database(binary, "interview-prep-bench-")
    print(f"\nfill: {INTERVIEWS} schedule_interview calls, median {statistics.median(writes):.2f} ms, "
          f"p95 {percentile(writes, 0.95):.2f} ms, {INTERVIEWS / (sum(writes) / 1000):.0f} writes/s")

    starts = []
    for _ in range(20):
        started = time.perf_counter()
        server = RawServer(binary, env)
        server.initialize()
        starts.append((time.perf_counter() - started) * 1000)
        server.close()
    print(f"cold start (spawn → initialize reply, 20 runs): median {statistics.median(starts):.1f} ms, "
          f"p95 {percentile(starts, 0.95):.1f} ms, min {min(starts):.1f} ms")

    # What a real client's session costs: initialize, tools/list, then 20 everyday calls.
    server = RawServer(binary, env)
    server.initialize()
    rss_client_initialized = server.peak_rss_kib()
    server.send("tools/list")
    everyday = [("get_upcoming_interviews", {}), ("get_interview_statistics", {}), ("list_jobs", {"limit": 20}), ("get_next_actions", {})]
    everyday += [("get_interview", {"interview_id": f"int_{index * 499 + 1}"}) for index in range(8)]
    everyday += [("list_interviews", {"limit": 25, "company": f"Company {index}"}) for index in range(4)]
    everyday += [("get_interview_prep_materials", {"interview_id": "int_9000"}), ("get_interview_timeline", {"interview_id": "int_9000"}),
                 ("get_prep_checklist", {"interview_id": "int_9000"}), ("get_interview_questions", {"role_family": "backend_engineer", "count": 5})]
    for name, arguments in everyday:
        server.call(name, arguments)
    rss_client = server.peak_rss_kib()
    server.close()
    print(f"a client's session (initialize, tools/list, {len(everyday)} calls): peak RSS {rss_client / 1024:.1f} MiB "
          f"({rss_client_initialized / 1024:.1f} MiB after initialize)")

    server = RawServer(binary, env)
    server.initialize()
    rss_initialized = server.peak_rss_kib()
    started = time.perf_counter()
    request_id, line = server.send("tools/list")
    first_list_ms = (time.perf_counter() - started) * 1000
    tools = RawServer.checked(request_id, line)["tools"]
    shown = sum(len(json.dumps({key: tool[key] for key in ("name", "description", "inputSchema") if key in tool}, separators=(",", ":"), ensure_ascii=False)) for tool in tools)
    lists = timed(lambda _: server.send("tools/list"), 100)
    print(f"tools/list: {len(tools)} tools, {len(line):,} characters ({shown:,} in name, description and input schema); "
          f"first {first_list_ms:.2f} ms, then median {statistics.median(lists):.2f} ms")
    upcoming_count = json.loads(server.call("get_upcoming_interviews", {})["content"][0]["text"])["count"]
    upcoming = timed_reads(server, "get_upcoming_interviews", lambda _: {}, CALLS)
    ids = [f"int_{random.randint(1, INTERVIEWS)}" for _ in range(CALLS)]
    single = timed_reads(server, "get_interview", lambda index: {"interview_id": ids[index]}, CALLS)
    listed = {limit: timed_reads(server, "list_interviews", lambda index, limit=limit: {"limit": limit}, CALLS // (1 if limit <= 25 else 10))
              for limit in (25, 500)}
    rss = server.peak_rss_kib()
    server.close()
    print(f"get_upcoming_interviews ({upcoming_count} results), {CALLS} calls: median {statistics.median(upcoming):.3f} ms, "
          f"p95 {percentile(upcoming, 0.95):.3f} ms")
    print(f"get_interview, {CALLS} calls: median {statistics.median(single):.3f} ms, p95 {percentile(single, 0.95):.3f} ms")
    for limit, samples in listed.items():
        print(f"list_interviews ({limit} results), {len(samples)} calls: median {statistics.median(samples):.3f} ms, "
              f"p95 {percentile(samples, 0.95):.3f} ms")
    print(f"peak RSS of the server: {rss_initialized / 1024:.1f} MiB after initialize, {rss / 1024:.1f} MiB after the session "
          f"(tools/list and every read above)")
    print(f"database size: {os.path.getsize(env['INTERVIEW_PREP_DB']) / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main(sys.argv[1])
