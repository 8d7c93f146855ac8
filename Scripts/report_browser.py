"""The browser half of Scripts/validate_reports.py: axe-core at several viewport widths, the horizontal-overflow
check (WCAG 1.4.10 reflow) and the A4 print check, in one headless Chromium session per worker (Selenium).

For each page: axe and the overflow check at 1280 px. For a page of the sample (one page of each kind, see
validate_reports.sample): also at 768 and 320 px, axe with print media emulated, and, for unit pages, printed to
A4 PDF (Page.printToPDF, the page's own @page size): at most MAX_PRINT_PAGES pages, and every printed page carries
the page's title (its running header), when pdftotext (poppler-utils) is there to read it.
"""

import base64
import json
import os
import re
import shutil
import subprocess
import tempfile

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MAX_NODES = 3
WIDE = 1280
WIDTHS = [1280, 768, 320]
HEIGHT = 1024
MAX_PRINT_PAGES = 12
INSTALL_HINT = "install with: bash Scripts/install-validators.sh"
CHROME_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    f"--window-size={WIDE},{HEIGHT}",
    "--disable-extensions",
    "--no-first-run",
]


class ToolError(Exception):
    """A tool is missing or could not run: exit 2."""


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

# The page scrolls sideways when the root is wider than the viewport; the widest offender is named.
OVERFLOW = """
var root = document.documentElement;
if (root.scrollWidth <= root.clientWidth) return null;
var worst = null, right = root.clientWidth;
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.right > right + 0.5 && !e.closest('.vh')) { right = r.right; worst = e; }
});
var name = worst ? worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '') +
  (worst.className && typeof worst.className === 'string' ? '.' + worst.className.trim().split(/\\s+/).join('.') : '') : '?';
return {scroll: root.scrollWidth, client: root.clientWidth, element: name};
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


def format_violation(v, mark):
    nodes = v["nodes"]
    shown = ", ".join(fmt_target(t) for t in nodes[:MAX_NODES])
    more = f" (+{len(nodes) - MAX_NODES} more)" if len(nodes) > MAX_NODES else ""
    return f"{mark}{v['id']} ({v.get('impact') or 'n/a'}): {v.get('help', '')} -- {shown}{more}"


def run_axe(driver):
    res = driver.execute_async_script(AXE_RUN, TAGS)
    if not isinstance(res, dict) or "error" in res:
        raise RuntimeError(res.get("error") if isinstance(res, dict) else repr(res))
    return res["violations"]


def load_with_axe(driver, uri, axe_src, bypass_state):
    """Load the page and inject axe. Scripts injected by WebDriver are not subject to the page's CSP; if axe is
    still missing, the page is reloaded with Page.setBypassCSP for the rest of the run."""
    driver.get(uri)
    driver.execute_script(axe_src)
    if driver.execute_script("return typeof axe !== 'undefined'"):
        return
    if not bypass_state["on"]:
        driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": True})
        bypass_state["on"] = True
        driver.get(uri)
        driver.execute_script(axe_src)
        if driver.execute_script("return typeof axe !== 'undefined'"):
            return
    raise RuntimeError("axe.min.js could not be injected into the page")


def set_width(driver, width):
    if width == WIDE:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    else:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True})


class Checker:
    """One browser session and what it found: check(file, in_sample) returns the failure lines of one page."""

    def __init__(self, tools, axe_src, bypass_state):
        self.driver = start_browser(tools)
        self.axe_src = axe_src
        self.bypass_state = bypass_state
        self.print_pages = {}  # file -> number of A4 pages, for the pages printed

    def quit(self):
        self.driver.quit()

    def check(self, f, sample_kind):
        lines = []
        try:
            load_with_axe(self.driver, f.as_uri(), self.axe_src, self.bypass_state)
            widths = WIDTHS if sample_kind else [WIDE]
            seen = set()
            try:
                for width in widths:
                    set_width(self.driver, width)
                    lines += self.screen(width, seen, f"[{width}px] " if width != WIDE else "")
            finally:
                set_width(self.driver, WIDE)
            if sample_kind:
                lines += self.printed(seen)
                if sample_kind.startswith("unit"):
                    lines += self.pdf(f)
        except Exception as e:  # noqa: BLE001 - a page that cannot be checked fails
            lines.append(f"could not check: {' '.join(str(e).split())[:500]}")
        return lines

    def screen(self, width, seen, mark):
        lines = []
        for v in run_axe(self.driver):
            new_nodes = [t for t in v["nodes"] if (v["id"], json.dumps(t)) not in seen]
            seen.update((v["id"], json.dumps(t)) for t in v["nodes"])
            if new_nodes:
                lines.append(format_violation(dict(v, nodes=new_nodes), mark))
        over = self.driver.execute_script(OVERFLOW)
        if over:
            lines.append(f"{mark}reflow: the page scrolls sideways at {width} px (scrollWidth {over['scroll']} > "
                         f"clientWidth {over['client']}; widest: {over['element']})")
        return lines

    def printed(self, seen):
        lines = []
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            for v in run_axe(self.driver):
                new_nodes = [t for t in v["nodes"] if (v["id"], json.dumps(t)) not in seen]
                if new_nodes:
                    lines.append(format_violation(dict(v, nodes=new_nodes), "[print] "))
        finally:
            self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        return lines

    def pdf(self, f):
        """Print to PDF as Chromium's print dialog does (A4 from the page's @page rule, backgrounds on)."""
        res = self.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
        data = base64.b64decode(res["data"])
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
        self.print_pages[f] = pages
        lines = []
        if pages > MAX_PRINT_PAGES:
            lines.append(f"[print] {pages} A4 pages (at most {MAX_PRINT_PAGES})")
        title = self.driver.title.split(" – ")[0]
        for page in unheaded_pages(data, title, pages):
            lines.append(f"[print] page {page} of {pages} does not name the page ({title!r})")
        return lines


def unheaded_pages(data, title, pages):
    """The pages of a PDF whose text lacks `title` (the running header), or [] without pdftotext."""
    tool = shutil.which("pdftotext")
    if not tool or not title:
        return []
    want = " ".join(title.split())
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(data)
        tmp.flush()
        out = subprocess.run([tool, tmp.name, "-"], capture_output=True, text=True, check=False).stdout
    texts = out.split("\f")  # pdftotext ends each page with a form feed
    return [page for page in range(1, pages + 1)
            if page > len(texts) or want not in " ".join(texts[page - 1].split())]
