"""`make load`: gunicorn with the production settings on loopback, then locust headless at a
fixed concurrency for a bounded time: first the floor (a bare view, /healthz), then the mixed
read workload of benchmarks/locustfile.py. Prints and writes benchmarks/results/load-<label>
.json and .md: throughput, p50/p95/p99 and errors per request kind and in all.

Run by the Makefile with the environment of the benchmark (DJANGO_SETTINGS_MODULE, DATABASE_URL,
SECRET_KEY, ALLOWED_HOSTS); a plain script, not a Django command (it runs the server)."""

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS = ROOT / "benchmarks" / "results"


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})  # noqa: S310
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - loopback
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer {url} within {seconds:.0f} s")


def locust(host: str, users: int, seconds: int, classes: list[str], prefix: Path, env) -> dict:
    command = [
        str(BIN / "python"), "-m", "locust", "--headless",
        "-f", str(ROOT / "benchmarks" / "locustfile.py"),
        "--host", host, "-u", str(users), "-r", str(users), "-t", f"{seconds}s",
        "--csv", str(prefix), "--only-summary", "--loglevel", "WARNING", *classes,
    ]  # fmt: skip
    subprocess.run(command, check=False, env=env, cwd=ROOT)  # noqa: S603 - our own command line
    rows = {}
    with open(f"{prefix}_stats.csv", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            rows[row["Name"]] = {
                "requests": int(row["Request Count"]),
                "errors": int(row["Failure Count"]),
                "throughput_rps": round(float(row["Requests/s"]), 1),
                "p50_ms": _number(row["50%"]),
                "p95_ms": _number(row["95%"]),
                "p99_ms": _number(row["99%"]),
            }
    return rows


def _number(cell: str) -> float:
    return 0.0 if cell in ("", "N/A") else float(cell)


def prime(host: str, urls: dict) -> dict:
    """Read every anonymous address of the workload once, one after another, so that the
    timed phases meet the page cache as a running site does (each address rendered once,
    then kept until a write changes it): what a miss costs is `make bench`'s figure."""
    addresses = [u for kind in ("pages", "commitments", "stories", "searches") for u in urls[kind]]
    started, errors = time.monotonic(), 0
    for address in dict.fromkeys(addresses):
        request = urllib.request.Request(host + address, headers={"X-Forwarded-Proto": "https"})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=300) as response:  # noqa: S310 - loopback
                errors += response.status != 200
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            errors += 1
    return {"addresses": len(set(addresses)), "errors": errors,
            "seconds": round(time.monotonic() - started, 1)}  # fmt: skip


def workers_rss_mb(parent: int) -> list[float]:
    """Resident memory of the server's worker processes (Linux /proc), in MB."""
    sizes = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) != parent:
                continue
            status = (stat.parent / "status").read_text()
        except (OSError, IndexError, ValueError):
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(round(int(line.split()[1]) / 1024, 1))
    return sorted(sizes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", default="demo")
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "8137")))
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--users", type=int, default=16, help="concurrent locust users")
    parser.add_argument("--seconds", type=int, default=60, help="the mixed workload's duration")
    parser.add_argument("--floor-seconds", type=int, default=20)
    args = parser.parse_args()
    work = ROOT / "var" / "bench-load"
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "BENCH_URLS_FILE": str(work / "urls.json")}
    # the workers share one page cache, as production's workers share Redis (a per-process
    # cache would render every page once in each worker); CACHE_URL=redis://… to use Redis
    if "CACHE_URL" not in os.environ:
        cache_dir = work / "cache"
        shutil.rmtree(cache_dir, ignore_errors=True)
        # (Django's default of 300 entries would cull the workload's 420 addresses)
        env["CACHE_URL"] = f"filecache://{cache_dir}?max_entries=20000"
    manage = [str(BIN / "python"), str(ROOT / "manage.py")]
    subprocess.run([*manage, "page_bench", "--load-urls", env["BENCH_URLS_FILE"]], check=True)  # noqa: S603
    host = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(  # noqa: S603 - our own command line
        [
            str(BIN / "python"),
            "-m",
            "gunicorn",
            "opengov.wsgi:application",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],  # fmt: skip
        cwd=ROOT,
        env=env,
    )
    load_before = os.getloadavg()
    try:
        wait_for(f"{host}/healthz")
        # the floor first: after the mixed warm-up, slow requests still queued at the workers
        # would hold it up
        floor = locust(host, args.users, args.floor_seconds, ["BareView"], work / "floor", env)
        primed = prime(host, json.loads((work / "urls.json").read_text()))
        # warm-up: every worker imports its templates and builds the search snapshot
        locust(host, args.users, 10, ["Reader", "SignedInReformer"], work / "warmup", env)
        # the budget's figure: anonymous readers alone (issue 17: anonymous throughput)
        anonymous = locust(host, args.users, args.seconds, ["Reader"], work / "anonymous", env)
        mixed = locust(
            host, args.users, args.seconds, ["Reader", "SignedInReformer"], work / "mixed", env
        )
        rss = workers_rss_mb(server.pid)
    finally:
        server.terminate()  # graceful: requests in flight (seconds each at scale) may hold it
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    result = {
        "label": args.label,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "database": os.environ.get("DATABASE_URL", ""),
        "gunicorn_workers": args.workers,
        "users": args.users,
        "seconds": args.seconds,
        "load_average": [round(x, 2) for x in (*load_before, *os.getloadavg())],
        "workers_rss_mb": rss,
        "floor": floor.get("Aggregated", {}),
        "primed": primed,
        "anonymous": anonymous.get("Aggregated", {}),
        "mixed": mixed,
    }
    bare = result["floor"].get("throughput_rps") or 0
    total = result["anonymous"]
    share = total.get("throughput_rps", 0) / bare if bare else 0
    result["share_of_floor"] = round(share, 3)
    mixed_total = mixed.get("Aggregated", {})
    result["mixed_share_of_floor"] = round(
        mixed_total.get("throughput_rps", 0) / bare if bare else 0, 3
    )
    lines = [
        f"`make load` run `{args.label}`: gunicorn {args.workers} sync workers, locust "
        f"{args.users} users, {args.seconds} s (floor {args.floor_seconds} s); load average "
        f"before {result['load_average'][:3]}, after {result['load_average'][3:]}; "
        f"workers' resident memory after the run: {rss} MB; page cache "
        f"`{env['CACHE_URL'].split(':', 1)[0]}`, primed with {primed['addresses']} addresses "
        f"in {primed['seconds']} s ({primed['errors']} errors).",
        "",
        "| requests | count | errors | req/s | p50 ms | p95 ms | p99 ms |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    rows = [
        ("bare view /healthz (floor)", result["floor"]),
        ("anonymous readers alone (the budget)", result["anonymous"]),
        *((f"mixed: {name}", row) for name, row in mixed.items()),
    ]
    for name, row in rows:
        if row:
            lines.append(
                f"| {name} | {row['requests']} | {row['errors']} | {row['throughput_rps']} | "
                f"{row['p50_ms']:.0f} | {row['p95_ms']:.0f} | {row['p99_ms']:.0f} |"
            )
    lines += [
        "",
        f"Anonymous throughput: {share:.0%} of the bare-view floor (budget ≥ 40 % with zero "
        f"errors: {'met' if share >= 0.4 and not total.get('errors') else 'MISSED'}); the mixed "
        f"workload (1 user in 5 signed in, not cached): {result['mixed_share_of_floor']:.0%}.",
    ]
    table = "\n".join(lines) + "\n"
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"load-{args.label}.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / f"load-{args.label}.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
