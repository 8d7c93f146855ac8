#!/usr/bin/env python3
"""Vigie's performance benchmark (run by `make bench` and `make bench-small`).

For each size (a tenth, then the full workspace) and each shape of answer sheets (--shapes, default
"catalogue" and "random": rows in the catalogue's order, and shuffled in every sheet; see SHAPES) it
generates the synthetic workspace with `vigie-bench generate` (cached: skipped when
.bench/ws-<size>[-<shape>]/.complete matches), then measures,
each BENCH_RUNS times: the libcsv limit (.bench/csv-limit), `vigie validate`, `vigie score
--format csv`, `vigie score --trends --format csv` and `vigie report` for the latest year.
Wall time by the driver's clock, peak RSS by `/usr/bin/time -v`. The table goes to stdout and
.bench/results.md (and the raw figures to .bench/results.json).

The reports are written to memory (/dev/shm, a tmpfs) when the machine has one with room, else under
.bench/out; --report-dir (BENCH_REPORT_DIR) chooses. A full report is 31,000 files and 3.7 GB: on this
machine's ext4 disk the kernel's time for writing them went from 4 to 37 s of system time from one run to
the next for the same files (the blocks freed by the previous run's deletion being discarded), which
measures the disk, not Vigie. After each report run its files are listed and the report deleted, and
write-limit.c (.bench/write-limit) writes files of the same names and sizes into the memory just freed: the
kernel's part of the report on that machine, in the same run (a table of its own).

Timings are never asserted: the PASS/FAIL column compares with the targets of the issue, and the
exit status is 0 unless a command fails (or --strict and a target is missed).
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, ".bench")
VIGIE = os.path.join(ROOT, ".build", "release", "vigie")
GENERATOR = os.path.join(ROOT, ".build", "release", "vigie-bench")
LIMIT = os.path.join(BENCH, "csv-limit")
WRITE_LIMIT = os.path.join(BENCH, "write-limit")
TIME = "/usr/bin/time"
SHM_REPORTS = f"/dev/shm/vigie-bench-{os.getuid()}"

SIZES = {
    # name: (units, default runs)
    "tenth": (300, 5),
    "full": (3000, 3),
}
CRITERIA, YEARS, SEED = 100, 10, 42

# The shapes of the answer sheets (vigie-bench generate's options): the same answers, laid out as HR's sheets are.
# "catalogue" is the generator's default (rows in criteria.csv's order); "random" shuffles each sheet's rows;
# "other" also changes the words (English), the texts (long evidence URLs, multi-line comments), the dialect
# (Excel's `;`) and saves a twentieth of the sheets in Windows-1252.
SHAPES = {
    "catalogue": [],
    "random": ["--order", "random"],
    "other": ["--order", "random", "--words", "en", "--long-texts", "--dialect", "excel", "--windows-1252", "0.05"],
}
DEFAULT_SHAPES = "catalogue,random"

# Targets (issue 18): score and validate within 1.5× the limit's wall time and 3× its CPU time, at most 100 bytes
# of peak memory an answer; reports at 1,500 unit pages a second in 256 MiB; growth tenth → full at most 11×.
TARGET_SCORE_RATIO = 1.5
TARGET_CPU_RATIO = 3.0
TARGET_TRENDS_RATIO = 4.0
TARGET_REPORT_PAGES = 1500.0
TARGET_REPORT_MIB = 256
TARGET_BYTES_PER_ANSWER = 100.0
TARGET_GROWTH = 11.0


def log(message):
    print(message, file=sys.stderr, flush=True)


def read_stats(workspace):
    stats = {}
    with open(os.path.join(workspace, ".bench-stats")) as f:
        for line in f:
            if "=" in line:
                key, value = line.strip().split("=", 1)
                stats[key] = int(value)
    return stats


def generate(size, shape):
    units, _ = SIZES[size]
    workspace = os.path.join(BENCH, f"ws-{size}" if shape == "catalogue" else f"ws-{size}-{shape}")
    started = time.perf_counter()
    out = subprocess.run([GENERATOR, "generate", "--units", str(units), "--criteria", str(CRITERIA), "--years", str(YEARS),
                          "--seed", str(SEED), "--out", workspace] + SHAPES[shape], check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    log(out.stdout.strip())
    cached = "up to date" in out.stdout
    return workspace, (None if cached else seconds)


def has_report():
    out = subprocess.run([VIGIE, "help", "report"], capture_output=True, text=True)
    # swift-argument-parser prints the top-level help (exit 0) for an unknown subcommand.
    return out.returncode == 0 and "USAGE: vigie report" in out.stdout


def steal_seconds():
    """The CPU time the hypervisor gave to other guests, all cores together, since boot (/proc/stat's steal)."""
    try:
        with open("/proc/stat") as f:
            fields = f.readline().split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def timed(command, stdout_path, prepare=None):
    """One run under /usr/bin/time -v: its wall seconds, peak RSS bytes, CPU seconds (user+sys), system seconds, and
    the machine's steal time during the run."""
    if prepare:
        prepare()
    stolen = steal_seconds()
    rss_file = os.path.join(BENCH, "time-v.txt")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1798761600", LC_ALL="C")
    with open(stdout_path, "wb") as out, open(stdout_path + ".stderr", "wb") as err:
        started = time.perf_counter()
        result = subprocess.run([TIME, "-v", "-o", rss_file] + command, stdout=out, stderr=err, env=env)
        wall = time.perf_counter() - started
    if result.returncode != 0:
        with open(stdout_path + ".stderr", errors="replace") as err:
            tail = err.read()[-3000:]
        raise SystemExit(f"benchmark: {' '.join(command)} exited with {result.returncode}:\n{tail}")
    rss, cpu, sys_seconds = None, 0.0, 0.0
    with open(rss_file) as f:
        for line in f:
            if "Maximum resident set size" in line:
                rss = int(line.rsplit(":", 1)[1]) * 1024
            elif "User time (seconds)" in line:
                cpu += float(line.rsplit(":", 1)[1])
            elif "System time (seconds)" in line:
                sys_seconds = float(line.rsplit(":", 1)[1])
                cpu += sys_seconds
    return dict(wall=wall, rss=rss, cpu=cpu, system=sys_seconds, steal=steal_seconds() - stolen)


def summary(runs):
    """The figures of a measurement from its runs (as `timed` gives them): medians, min–max, the peak, the most steal."""
    walls = [run["wall"] for run in runs]
    return dict(walls=walls, median=statistics.median(walls), min=min(walls), max=max(walls),
                peak_rss=max(run["rss"] for run in runs), cpus=[run["cpu"] for run in runs],
                cpu=statistics.median(run["cpu"] for run in runs), systems=[run["system"] for run in runs],
                system=statistics.median(run["system"] for run in runs), steals=[run["steal"] for run in runs],
                steal=max(run["steal"] for run in runs))


def log_run(size, shape, label, index, runs, run):
    log(f"[{size} {shape}] {label}: run {index + 1}/{runs}: {run['wall']:.3f} s, CPU {run['cpu']:.2f} s (system {run['system']:.2f}), "
        f"peak RSS {run['rss'] / 2**20:.0f} MiB, steal {run['steal']:.2f} s")


def report_listing(folder, year):
    """A report folder read once: its manifest (lines `size<TAB>path`, sorted by path), its largest unit page, and its
    unit pages of every year and of `year`. `vigie report --year Y` writes the unit pages of every year up to Y
    (earlier years stay linked from the trends), so pages/s counts every unit page written."""
    entries, largest, pages, latest = [], (0, None), 0, 0
    for parent, _, names in os.walk(folder):
        unit_folder = os.path.dirname(parent) == folder and os.path.basename(parent).isdigit()
        for name in names:
            path = os.path.join(parent, name)
            size = os.path.getsize(path)
            entries.append((os.path.relpath(path, folder), size))
            if unit_folder and name.endswith(".html"):
                pages += 1
                latest += os.path.basename(parent) == str(year)
                if size > largest[0]:
                    largest = (size, path)
    return [f"{size}\t{path}\n" for path, size in sorted(entries)], largest[1], pages, latest


def reports_root(chosen):
    """Where the reports go: `chosen`, else a folder of /dev/shm when it is a tmpfs with 8 GB free, else .bench/out."""
    if chosen:
        return os.path.abspath(chosen), "the folder given (--report-dir)"
    shm = "/dev/shm"
    try:
        with open("/proc/mounts") as f:
            tmpfs = any(line.split()[1] == shm and line.split()[2] == "tmpfs" for line in f)
        free = shutil.disk_usage(shm).free
    except OSError:
        tmpfs, free = False, 0
    if tmpfs and free >= 8e9:
        return SHM_REPORTS, "memory (tmpfs /dev/shm)"
    return os.path.join(BENCH, "out"), "the disk (.bench/out: no tmpfs with 8 GB free)"


def measure(size, shape, workspace, runs, report_available, reports, baseline=None):
    """The rows of one workspace; with `baseline` (another vigie binary) each vigie command is also timed with it,
    run for run in alternation (baseline, then this build), so that both see the same machine. The reports are
    written under `reports` and deleted once counted."""
    stats = read_stats(workspace)
    year = stats["latest_year"]
    out_dir = os.path.join(BENCH, "out", f"{size}-{shape}")
    os.makedirs(out_dir, exist_ok=True)
    report_dir = os.path.join(reports, f"{size}-{shape}-reports")

    limit_dir = report_dir + "-write-limit"

    def clear_reports():
        shutil.rmtree(report_dir, ignore_errors=True)
        shutil.rmtree(limit_dir, ignore_errors=True)

    def commands(vigie):
        return [
            ("validate", "vigie validate", [vigie, "validate", workspace], None),
            ("score", "vigie score --format csv", [vigie, "score", workspace, "--format", "csv"], None),
            ("trends", "vigie score --trends --format csv", [vigie, "score", workspace, "--trends", "--format", "csv"], None),
            ("report", f"vigie report --year {year}", [vigie, "report", workspace, "--year", str(year), "--out", report_dir], clear_reports),
        ]

    measurements = [("limit", "libcsv limit (csv-limit.c)", [LIMIT, workspace], None)] + commands(VIGIE)
    before = {key: command for key, _, command, _ in commands(baseline)} if baseline else {}
    # Warm the page cache so that every measurement reads the files from memory.
    subprocess.run([LIMIT, workspace], check=True, capture_output=True)
    limit_out = subprocess.run([LIMIT, workspace], check=True, capture_output=True, text=True).stdout
    counted = dict(part.split("=") for part in limit_out.split())
    rows = []
    for key, label, command, prepare in measurements:
        row = {"size": size, "shape": shape, "key": key, "label": label, "runs": runs, "answers": stats["answers"],
               "bytes": int(counted["bytes"]), "files": int(counted["files"])}
        if key == "report" and not report_available:
            row["skipped"] = "absent: `vigie help report` shows no report command in this build"
            rows.append(row)
            log(f"[{size} {shape}] {label}: skipped (no report command)")
            continue
        measured, base_runs, limit_runs = [], [], []
        for i in range(runs):
            if key in before:
                base_runs.append(timed(before[key], os.path.join(out_dir, key + ".baseline.out"), prepare))
                log_run(size, shape, label + " (baseline)", i, runs, base_runs[-1])
            measured.append(timed(command, os.path.join(out_dir, key + ".out"), prepare))
            log_run(size, shape, label, i, runs, measured[-1])
            if key == "report":
                manifest, page, pages, latest = report_listing(report_dir, year)
                # The same files written by write-limit.c right after, into the memory the report's deletion freed.
                with open(os.path.join(out_dir, "report-files.txt"), "w") as f:
                    f.writelines(manifest)
                shutil.copyfile(page, os.path.join(out_dir, "report-page.html"))
                clear_reports()
                limit_runs.append(timed([WRITE_LIMIT, os.path.join(out_dir, "report-files.txt"), os.path.join(out_dir, "report-page.html"),
                                         limit_dir], os.path.join(out_dir, "write-limit.out")))
                log_run(size, shape, "write limit", i, runs, limit_runs[-1])
                clear_reports()
        row.update(summary(measured))
        if base_runs:
            row["baseline"] = summary(base_runs)
        if key == "report":
            row["pages"] = pages or stats["latest_year_sheets"]
            row["latest_pages"] = latest
            row["pages_counted"] = bool(pages)
        if key == "validate":
            with open(os.path.join(out_dir, key + ".out.stderr"), errors="replace") as f:
                row["summary"] = (f.read().strip().splitlines() or [""])[-1]
        rows.append(row)
        if limit_runs:
            rows.append(dict(size=size, shape=shape, key="write-limit", label="write limit (write-limit.c, the report's files)",
                             runs=runs, answers=row["answers"], bytes=row["bytes"], files=row["files"], pages=row["pages"],
                             **summary(limit_runs)))
    limit = rows[0]["median"]
    for row in rows:
        if "median" in row:
            row["ratio"] = row["median"] / limit
            row["cpu_ratio"] = row["cpu"] / max(rows[0]["cpu"], 0.01)
        if "baseline" in row:
            row["baseline"]["ratio"] = row["baseline"]["median"] / limit
            row["baseline"]["cpu_ratio"] = row["baseline"]["cpu"] / max(rows[0]["cpu"], 0.01)
    return rows


def fmt_seconds(s):
    return f"{s:.2f}" if s >= 1 else f"{s * 1000:.0f} ms"


def fmt_wall(row):
    if row["median"] >= 1:
        return f"{row['median']:.2f} s ({row['min']:.2f}–{row['max']:.2f})"
    return f"{row['median'] * 1000:.0f} ms ({row['min'] * 1000:.0f}–{row['max'] * 1000:.0f})"


def verdicts(row):
    """(target text, PASS/FAIL) for the targets that apply to a row."""
    checks = []
    key = row["key"]
    if key in ("score", "validate"):
        checks.append((f"≤ {TARGET_SCORE_RATIO:g}× limit", row["ratio"] <= TARGET_SCORE_RATIO))
        checks.append((f"CPU ≤ {TARGET_CPU_RATIO:g}× limit's", row["cpu_ratio"] <= TARGET_CPU_RATIO))
    if key == "trends":
        checks.append((f"≤ {TARGET_TRENDS_RATIO:g}× limit", row["ratio"] <= TARGET_TRENDS_RATIO))
    if key in ("score", "validate", "trends") and row["size"] == "full":
        # The memory target is set on the full workspace (at a tenth, the runtime's fixed ~15 MiB dominates).
        checks.append((f"≤ {TARGET_BYTES_PER_ANSWER:g} B/answer", row["peak_rss"] / row["answers"] <= TARGET_BYTES_PER_ANSWER))
    if key == "report":
        checks.append((f"≥ {TARGET_REPORT_PAGES:g} pages/s", row["pages"] / row["median"] >= TARGET_REPORT_PAGES))
        checks.append((f"≤ {TARGET_REPORT_MIB} MiB", row["peak_rss"] <= TARGET_REPORT_MIB * 2**20))
    return checks


def table(rows, growth, meta):
    lines = []
    lines.append("# Vigie benchmark")
    lines.append("")
    for k, v in meta.items():
        lines.append(f"- {k}: {v}")
    lines.append("")
    lines.append("| size | sheets | measurement | wall median (min–max) | MB/s | answers/s | pages/s | peak RSS | bytes/answer | × limit | CPU s (× limit) | target | verdict |")
    lines.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for row in rows:
        if row["key"] == "write-limit":
            continue  # their own table below: CSV bytes and answers a second mean nothing for them
        if "skipped" in row:
            lines.append(f"| {row['size']} | {row['shape']} | {row['label']} | skipped | | | | | | | | | {row['skipped']} |")
            continue
        mbs = row["bytes"] / 1e6 / row["median"]
        answers = row["answers"] / row["median"]
        pages = f"{row['pages'] / row['median']:.0f} ({row['pages']:,} pages)" if "pages" in row else ""
        checks = verdicts(row)
        target = "; ".join(t for t, _ in checks)
        verdict = "; ".join("PASS" if ok else "FAIL" for _, ok in checks)
        lines.append(f"| {row['size']} | {row['shape']} | {row['label']} | {fmt_wall(row)} | {mbs:.1f} | {answers:,.0f} | {pages} | "
                     f"{row['peak_rss'] / 2**20:.0f} MiB | {row['peak_rss'] / row['answers']:.0f} | {row['ratio']:.2f} | {row['cpu']:.2f} ({row['cpu_ratio']:.1f}×) | {target} | {verdict} |")
    written = [(report, limit) for report, limit in zip(rows, rows[1:]) if limit["key"] == "write-limit"]
    if written:
        lines.append("")
        lines.append("The report against the kernel's part of it: write-limit.c writes files of the same names and sizes, one pwrite "
                     "each on every core, right after each report run and into the memory its deletion freed; nothing rendered:")
        lines.append("")
        lines.append("| size | sheets | report wall | report CPU s (system) | write limit wall | write limit CPU s (system) | "
                     "report / write limit | write limit's share of the report's CPU | pages/s at the write limit | most steal in a run |")
        lines.append("|---|---|---|---:|---|---:|---:|---:|---:|---:|")
        for report, limit in written:
            lines.append(f"| {report['size']} | {report['shape']} | {fmt_wall(report)} | {report['cpu']:.2f} ({report['system']:.2f}) | "
                         f"{fmt_wall(limit)} | {limit['cpu']:.2f} ({limit['system']:.2f}) | {report['median'] / limit['median']:.1f}× | "
                         f"{limit['cpu'] / max(report['cpu'], 0.01):.0%} | {limit['pages'] / limit['median']:,.0f} | "
                         f"{report['steal']:.2f} s |")
    compared = [row for row in rows if "baseline" in row]
    if compared:
        lines.append("")
        lines.append(f"Before and after, in the same run (baseline: {meta.get('baseline', '?')}; its runs alternate with this build's):")
        lines.append("")
        lines.append("| size | sheets | measurement | baseline wall (× limit) | this build (× limit) | after / before | CPU s before → after | peak RSS before → after |")
        lines.append("|---|---|---|---|---|---:|---|---|")
        for row in compared:
            base = row["baseline"]
            lines.append(f"| {row['size']} | {row['shape']} | {row['label']} | {fmt_wall(base)} ({base['ratio']:.2f}×) | "
                         f"{fmt_wall(row)} ({row['ratio']:.2f}×) | {row['median'] / base['median']:.2f} | "
                         f"{base['cpu']:.2f} → {row['cpu']:.2f} ({row['cpu'] / max(base['cpu'], 0.01):.2f}) | "
                         f"{base['peak_rss'] / 2**20:.0f} → {row['peak_rss'] / 2**20:.0f} MiB |")
    if growth:
        lines.append("")
        lines.append(f"Growth, full / tenth (target ≤ {TARGET_GROWTH:g}× for a 10× larger workspace):")
        lines.append("")
        lines.append("| sheets | measurement | tenth | full | full / tenth | CPU full / tenth | peak RSS full / tenth | verdict |")
        lines.append("|---|---|---:|---:|---:|---:|---:|---|")
        for label, small, large in growth:
            ratio = large["median"] / small["median"]
            verdict = "(reference)" if large["key"] in ("limit", "write-limit") else ("PASS" if ratio <= TARGET_GROWTH else "FAIL")
            lines.append(f"| {large['shape']} | {label} | {fmt_seconds(small['median'])} | {fmt_seconds(large['median'])} | {ratio:.1f}× | "
                         f"{large['cpu'] / max(small['cpu'], 0.01):.1f}× | {large['peak_rss'] / small['peak_rss']:.1f}× | {verdict} |")
    return "\n".join(lines) + "\n"


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(next(l for l in f if l.startswith("MemTotal")).split()[1])
            memory = f"{kb / 2**20:.0f} GiB"
    except (OSError, StopIteration):
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    return {
        "machine": f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {memory}",
        "swift": swift[0] if swift else "?",
        "commit": commit or "?",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="tenth,full", help="comma-separated: tenth, full (default both)")
    parser.add_argument("--runs", type=int, default=int(os.environ["BENCH_RUNS"]) if os.environ.get("BENCH_RUNS") else None,
                        help="runs per measurement (default: BENCH_RUNS, else 5 for the tenth and 3 for the full size)")
    parser.add_argument("--shapes", default=DEFAULT_SHAPES,
                        help=f"comma-separated shapes of the sheets: {', '.join(SHAPES)} (default {DEFAULT_SHAPES})")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--baseline", default=os.environ.get("BENCH_BASELINE") or None,
                        help="another vigie binary (BENCH_BASELINE), e.g. one built from an earlier commit: each vigie "
                             "command is timed with it too, runs alternating, and a before/after table is added")
    parser.add_argument("--report-dir", default=os.environ.get("BENCH_REPORT_DIR") or None,
                        help="where `vigie report` writes (BENCH_REPORT_DIR; default /dev/shm when it is a tmpfs "
                             "with room, else .bench/out)")
    args = parser.parse_args()
    sizes = [s for s in args.sizes.split(",") if s]
    for s in sizes:
        if s not in SIZES:
            raise SystemExit(f"benchmark: unknown size {s!r} (tenth, full)")
    shapes = [s for s in args.shapes.split(",") if s]
    for s in shapes:
        if s not in SHAPES:
            raise SystemExit(f"benchmark: unknown shape {s!r} ({', '.join(SHAPES)})")
    for path in (VIGIE, GENERATOR, LIMIT, TIME):
        if not os.path.exists(path):
            raise SystemExit(f"benchmark: {path} is missing; run it through `make bench`")
    baseline = os.path.abspath(args.baseline) if args.baseline else None
    if baseline and not os.access(baseline, os.X_OK):
        raise SystemExit(f"benchmark: the baseline {baseline} is not an executable file")
    os.makedirs(BENCH, exist_ok=True)
    report_available = has_report()
    if not report_available:
        log("benchmark: this vigie has no report command; its row is skipped")
    meta = machine()
    reports, medium = reports_root(args.report_dir)
    meta["reports written to"] = f"{medium}: {reports}"
    if baseline:
        meta["baseline"] = baseline
    load_before = " / ".join("%.1f" % x for x in os.getloadavg())
    rows, by_size, generation = [], {}, {}
    try:
        for size in sizes:
            for shape in shapes:
                workspace, seconds = generate(size, shape)
                stats = read_stats(workspace)
                generation[(size, shape)] = seconds
                meta[f"workspace {size}, {shape} sheets"] = (
                    f"{SIZES[size][0]} units × {CRITERIA} criteria × {YEARS} years: {stats['sheets']:,} sheets, "
                    f"{stats['answers']:,} answers, {stats['bytes'] / 1e6:.1f} MB in {stats['files']:,} files "
                    f"(vigie-bench generate {' '.join(SHAPES[shape]) or '(defaults)'}; "
                    f"generated {'now in %.1f s' % seconds if seconds is not None else 'earlier, cached'})")
                runs = args.runs or SIZES[size][1]
                size_rows = measure(size, shape, workspace, runs, report_available, reports, baseline)
                meta[f"runs {size}"] = runs
                by_size[(size, shape)] = size_rows
                rows += size_rows
    finally:
        # A report left in memory by a failed or interrupted run would hold gigabytes of RAM.
        if reports == SHM_REPORTS:
            shutil.rmtree(reports, ignore_errors=True)
    meta["load average"] = f"{load_before} before, {' / '.join('%.1f' % x for x in os.getloadavg())} after (1/5/15 min; above {os.cpu_count()} the machine was shared and timings are noisy)"
    meta["method"] = ("warm page cache; wall time by the driver's clock around `/usr/bin/time -v`; peak RSS from it; "
                      "MB/s over the CSV bytes read; × limit = median / median of csv-limit at the same size; "
                      "CPU s = median user+sys time, steadier than wall time when the machine is shared; verdicts use wall time")
    stolen = [steal for row in rows for steal in row.get("steals", [])]
    if stolen:
        meta["steal"] = (f"at most {max(stolen):.2f} s in one run, {sum(stolen):.1f} s in all (/proc/stat: CPU time the hypervisor "
                         "gave to other guests during the runs, all cores together)")
    growth = []
    for shape in shapes:
        if ("tenth", shape) in by_size and ("full", shape) in by_size:
            for small, large in zip(by_size[("tenth", shape)], by_size[("full", shape)]):
                if "median" in small and "median" in large:
                    growth.append((small["label"], small, large))
    text = table(rows, growth, meta)
    print(text)
    name = "results.md" if len(sizes) > 1 else f"results-{sizes[0]}.md"
    with open(os.path.join(BENCH, name), "w") as f:
        f.write(text)
    with open(os.path.join(BENCH, name.replace(".md", ".json")), "w") as f:
        json.dump({"meta": meta, "rows": rows}, f, indent=1)
    log(f"benchmark: written to {os.path.join(BENCH, name)}")
    missed = [r for r in rows if "median" in r and not all(ok for _, ok in verdicts(r))]
    missed += [g for g in growth if g[2]["key"] not in ("limit", "write-limit") and g[2]["median"] / g[1]["median"] > TARGET_GROWTH]
    if args.strict and missed:
        sys.exit(1)


if __name__ == "__main__":
    main()
