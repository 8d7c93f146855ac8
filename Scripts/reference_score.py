#!/usr/bin/env python3
"""Independent reference implementation of Vigie's scoring formulas.

Written from the product contract (PRODUCT.md, "Scores", "Fine points" and Revision 2's
"Campaign states") only,
without reading the Swift engine, so that `vigie score --format csv` (and
`--trends`) can be checked against a second, separate reading of the contract.

    python3 Scripts/reference_score.py WORKSPACE [--vigie PATH] [--min-coverage 0.8]
                                                 [--catalogue NAME]

Reads the workspace itself (standard library only), computes every figure of
both CSV exports with exact rational arithmetic (fractions.Fraction, so that
"equal unrounded scores" means mathematically equal), runs vigie, and compares:
same keys, numbers within 1e-6, rating / status / rank / comparable equal.

Revision 2: a unit-year none of whose criteria is answered (na counts as an answer) is
*not started*: no score, rating or rank, status `not-started`, in no roll-up, and no audit
for trends (a not-started year is bridged like a skipped one). A trend pair is comparable
only when the unit is complete at both ends; otherwise both deltas are empty.
Last line: `reference-score: N passed, M failed`; exit 1 when M > 0.
"""

import argparse
import csv
import io
import os
import subprocess
import sys
import unicodedata
from fractions import Fraction

TOLERANCE = 1e-6
COMPLETE_SLACK = Fraction(1, 10 ** 9)

# --------------------------------------------------------------------------
# Reading CSV as users produce it
# --------------------------------------------------------------------------


def decode(data):
    """UTF-8 with or without BOM; not valid UTF-8 -> the whole file is Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Python's cp1252 leaves five bytes undefined; map them as Latin-1 would.
        return data.decode("cp1252", errors="replace")


def detect_delimiter(text):
    """Count ; TAB , outside quotes in the first non-empty record; ties ; > TAB > ,."""
    in_quotes = False
    counts = {";": 0, "\t": 0, ",": 0}
    content = False
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 1
                else:
                    in_quotes = False
            content = True
        elif ch == '"':
            in_quotes = True
            content = True
        elif ch in "\r\n":
            if content:
                break
            counts = {";": 0, "\t": 0, ",": 0}
        elif ch in counts:
            counts[ch] += 1
        elif not ch.isspace():
            content = True
        i += 1
    best = ";"
    for d in (";", "\t", ","):  # order = tie-break priority
        if counts[d] > counts[best]:
            best = d
    return best


def read_table(path):
    """Returns a list of dicts keyed by trimmed, lower-cased header names."""
    with open(path, "rb") as f:
        text = decode(f.read())
    delim = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, quotechar='"',
                        doublequote=True, strict=False)
    header = None
    rows = []
    for record in reader:
        if all(field.strip() == "" for field in record):
            continue  # empty rows and rows made only of delimiters
        if header is None:
            header = [h.strip().lower() for h in record]
            continue
        row = {}
        for i, name in enumerate(header):
            if name and name not in row:
                row[name] = record[i] if i < len(record) else ""
        rows.append(row)
    return rows


def cell(row, name):
    return (row.get(name) or "").strip()


def number(text, default):
    text = text.strip()
    if not text:
        return default
    return Fraction(text.replace(",", "."))


def year_or_none(text):
    text = text.strip()
    return int(text) if text else None


def id_list(text):
    return [part.strip() for part in text.split("|") if part.strip()]


def truthy(text):
    return text.strip().lower() in ("yes", "oui", "ja", "1", "true")


# --------------------------------------------------------------------------
# Answer vocabulary
# --------------------------------------------------------------------------

MET, PARTIAL, NOT_MET, NA, UNANSWERED = "met", "partial", "not met", "na", "unanswered"

_WORDS = {}
for _kind, _words in (
    (MET, ["met", "yes", "oui", "atteint", "rempli", "ja", "erfüllt"]),
    (PARTIAL, ["partial", "partiel", "partiellement", "partiellement atteint", "teilweise"]),
    (NOT_MET, ["not met", "not_met", "no", "non", "non atteint", "nein", "nicht erfüllt"]),
    (NA, ["na", "n/a", "sans objet", "s.o.", "entfällt", "nicht anwendbar"]),
    (UNANSWERED, ["", "?", "unknown", "inconnu"]),
):
    for _w in _words:
        _WORDS[_w] = _kind


def normalise(word):
    """Case- and accent-insensitive, trimmed; `_` and an inner `-` read as spaces."""
    word = unicodedata.normalize("NFD", word.strip())
    word = "".join(ch for ch in word if not unicodedata.combining(ch)).casefold()
    word = word.replace("_", " ")
    stripped = word.strip()
    if len(stripped) > 2:
        stripped = stripped[0] + stripped[1:-1].replace("-", " ") + stripped[-1]
    return " ".join(stripped.split())


VOCABULARY = {normalise(k): v for k, v in _WORDS.items()}


def answer_value(word, scale):
    """(kind, value): value is a Fraction in [0, 1], or None for not applicable."""
    w = normalise(word)
    if scale == "level" and w in ("0", "1", "2", "3", "4"):
        k = int(w)
        return ("level%d" % k, Fraction(k, 4))
    kind = VOCABULARY.get(w)
    if kind is None:
        raise ValueError("answer %r outside the vocabulary" % word)
    if kind == MET:
        return kind, Fraction(1)
    if kind == PARTIAL:
        return kind, Fraction(1, 2)
    if kind == NOT_MET:
        return kind, Fraction(0)
    if kind == NA:
        return kind, None
    return kind, Fraction(0)  # unanswered: 0, flagged


# --------------------------------------------------------------------------
# Workspace model
# --------------------------------------------------------------------------

DEFAULT_LEVELS = [("Exemplaire", Fraction(85)), ("Établi", Fraction(70)),
                  ("En progrès", Fraction(50)), ("Initial", Fraction(30)),
                  ("Insuffisant", Fraction(0))]


class Criterion:
    def __init__(self, row):
        self.id = cell(row, "criterion")
        self.domain = cell(row, "domain")
        self.weight = number(cell(row, "weight"), Fraction(1))
        self.critical = truthy(cell(row, "critical"))
        self.scale = (cell(row, "scale") or "ternary").lower()
        self.since = year_or_none(cell(row, "since"))
        self.until = year_or_none(cell(row, "until"))
        self.replaces = id_list(cell(row, "replaces"))

    def applies(self, year):
        return (self.since is None or self.since <= year) and \
               (self.until is None or year <= self.until)


class Workspace:
    def __init__(self, root, catalogue=None):
        self.root = root
        cdir = os.path.join(root, "checklists")
        names = sorted(d for d in os.listdir(cdir) if os.path.isdir(os.path.join(cdir, d)))
        if catalogue is None:
            if len(names) != 1:
                sys.exit("reference-score: %d catalogues, pass --catalogue" % len(names))
            catalogue = names[0]
        cat = os.path.join(cdir, catalogue)

        self.domains = []          # ids, catalogue order
        self.domain_weight = {}
        for row in read_table(os.path.join(cat, "domains.csv")):
            d = cell(row, "domain")
            self.domains.append(d)
            self.domain_weight[d] = number(cell(row, "weight"), Fraction(1))

        self.criteria = [Criterion(row) for row in read_table(os.path.join(cat, "criteria.csv"))]
        self.criterion = {c.id: c for c in self.criteria}

        levels_path = os.path.join(cat, "levels.csv")
        if os.path.exists(levels_path):
            levels = [(cell(r, "label") or cell(r, "level"), number(cell(r, "min_score"), Fraction(0)))
                      for r in read_table(levels_path)]
        else:
            levels = list(DEFAULT_LEVELS)
        self.levels = sorted(levels, key=lambda lv: lv[1], reverse=True)  # highest first

        # like-for-like classes: criteria linked by replaces, directly or through a chain
        parent = {c.id: c.id for c in self.criteria}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for c in self.criteria:
            for r in c.replaces:
                if r in parent:
                    parent[find(c.id)] = find(r)
        self.criterion_class = {c.id: find(c.id) for c in self.criteria}

        # units
        units_path = os.path.join(root, "audits", "units.csv")
        self.has_units = os.path.exists(units_path)
        self.unit_parent = {}
        self.unit_replaces = {}
        if self.has_units:
            for row in read_table(units_path):
                u = cell(row, "unit")
                self.unit_parent[u] = cell(row, "parent") or None
                self.unit_replaces[u] = id_list(cell(row, "replaces"))

        # answers: answers[year][unit][criterion] = (kind, value); audited[year] = set(units)
        self.answers = {}
        self.audited = {}
        adir = os.path.join(root, "audits")
        for folder in sorted(os.listdir(adir)):
            fpath = os.path.join(adir, folder)
            if not (folder.isdigit() and os.path.isdir(fpath)):
                continue
            year = int(folder)
            for name in sorted(os.listdir(fpath)):
                path = os.path.join(fpath, name)
                if not name.endswith(".csv") or not os.path.isfile(path):
                    continue
                for row in read_table(path):
                    y = cell(row, "year")
                    if y and int(y) != year:
                        raise ValueError("%s: year %s in folder %d" % (path, y, year))
                    unit = cell(row, "unit")
                    cid = cell(row, "criterion")
                    crit = self.criterion[cid]  # unknown criterion: workspace invalid
                    self.audited.setdefault(year, set()).add(unit)
                    kv = answer_value(row.get("answer", ""), crit.scale)
                    if not crit.applies(year):
                        continue  # warning in vigie; the answer is ignored
                    per_unit = self.answers.setdefault(year, {}).setdefault(unit, {})
                    if cid in per_unit:
                        raise ValueError("%s: duplicate %d/%s/%s" % (path, year, unit, cid))
                    per_unit[cid] = kv
        self.years = sorted(self.audited)

    def department(self, unit):
        """The top of the unit's chain of parents (itself for a department)."""
        seen = set()
        while self.unit_parent.get(unit) and unit not in seen:
            seen.add(unit)
            unit = self.unit_parent[unit]
        return unit

    def audited_years(self, unit):
        return [y for y in self.years if unit in self.audited[y]]


# --------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------


class UnitScore:
    """score / coverage (Fraction or None), domains {d: (score, coverage)}, capped."""


def mean(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return sum(values, Fraction(0)) / len(values)


def unit_score(ws, year, unit, criteria=None):
    """The unit's figures in `year`, on `criteria` (default: all that apply that year)."""
    if criteria is None:
        criteria = [c for c in ws.criteria if c.applies(year)]
    answers = ws.answers.get(year, {}).get(unit, {})
    result = UnitScore()
    result.domains = {}
    total_w = answered_w = Fraction(0)
    weighted = Fraction(0)
    domain_w = Fraction(0)
    capped = []
    for d in ws.domains:
        crits = [c for c in criteria if c.domain == d]
        if not crits:
            continue  # a domain is listed when at least one criterion applies
        num = den = Fraction(0)
        d_total = d_answered = Fraction(0)
        for c in crits:
            kind, value = answers.get(c.id, (UNANSWERED, Fraction(0)))  # missing row: unanswered
            d_total += c.weight
            if kind != UNANSWERED:
                d_answered += c.weight
            if value is not None:  # not answered `na`
                num += c.weight * value
                den += c.weight
            if c.critical and (kind == UNANSWERED or (value is not None and value == 0)):
                capped.append(c.id)
        s = 100 * num / den if den else None
        cov = d_answered / d_total if d_total else Fraction(0)
        result.domains[d] = (s, cov)
        total_w += d_total
        answered_w += d_answered
        if s is not None:
            weighted += ws.domain_weight[d] * s
            domain_w += ws.domain_weight[d]
    result.coverage = answered_w / total_w if total_w else Fraction(0)
    result.not_started = answered_w == 0  # weights are positive: no criterion answered
    if result.not_started:
        result.score = None
        result.domains = {d: (None, cov) for d, (_s, cov) in result.domains.items()}
        capped = []
    else:
        result.score = weighted / domain_w if domain_w else None
    result.capped = capped
    return result


def status_of(s, min_coverage):
    if s.not_started:
        return "not-started"
    return "complete" if s.coverage >= min_coverage - COMPLETE_SLACK else "incomplete"


def rating(ws, score, capped=False):
    if score is None:
        return ""
    index = len(ws.levels) - 1
    for i, (_label, minimum) in enumerate(ws.levels):
        if minimum <= score:
            index = i
            break
    if capped:
        cap = 2 if len(ws.levels) >= 3 else len(ws.levels) - 1
        index = max(index, cap)  # only when it lowers the rating
    return ws.levels[index][0]


def compute_scores(ws, min_coverage):
    """Rows keyed (year, scope, unit, domain) -> dict(score, coverage, rating, status, rank)."""
    rows = {}
    order = []

    def add(key, score, coverage, rating_="", status="", rank=""):
        rows[key] = {"score": score, "coverage": coverage, "rating": rating_,
                     "status": status, "rank": rank}
        order.append(key)

    for year in ws.years:
        units = sorted(ws.audited[year])
        scores = {u: unit_score(ws, year, u) for u in units}
        complete = {u: status_of(scores[u], min_coverage) == "complete" for u in units}
        rankable = [u for u in units if complete[u] and scores[u].score is not None]
        rank = {u: 1 + sum(1 for v in rankable if scores[v].score > scores[u].score)
                for u in rankable}

        for u in units:
            s = scores[u]
            status = status_of(s, min_coverage)
            add((year, "unit", u, "*"), s.score, s.coverage,
                rating(ws, s.score, bool(s.capped)), status, str(rank.get(u, "")))
            for d in ws.domains:
                if d in s.domains:
                    ds, dc = s.domains[d]
                    add((year, "unit", u, d), ds, dc, "", status, "")

        def rollup(members):
            """Mean figures over `members` (each a UnitScore or a roll-up dict)."""
            out = {"score": mean([m["score"] for m in members]),
                   "coverage": mean([m["coverage"] for m in members]),
                   "domains": {}}
            for d in ws.domains:
                ds = [m["domains"][d][0] for m in members if d in m["domains"]]
                dc = [m["domains"][d][1] for m in members if d in m["domains"]]
                if any(v is not None for v in ds + dc):
                    out["domains"][d] = (mean(ds), mean(dc))
            return out

        def as_dict(s):
            return {"score": s.score, "coverage": s.coverage, "domains": s.domains}

        def emit(scope, name, figures):
            add((year, scope, name, "*"), figures["score"], figures["coverage"],
                rating(ws, figures["score"]))
            for d in ws.domains:
                if d in figures["domains"]:
                    ds, dc = figures["domains"][d]
                    add((year, scope, name, d), ds, dc)

        if ws.has_units:
            departments = {}
            for u in units:
                departments.setdefault(ws.department(u), []).append(u)
            dept_figures = []
            for dep in sorted(departments):
                # included = complete members, even one whose score is undefined (all `na`):
                # it is not incomplete, so it still brings its coverage and domain coverages
                included = [as_dict(scores[u]) for u in departments[dep] if complete[u]]
                figures = rollup(included)
                emit("department", dep, figures)
                # decided: a department counts for the canton when it has at least one complete member
                # (its coverage and domain figures count even when its score is undefined)
                if included:
                    dept_figures.append(figures)
            canton = rollup(dept_figures)
        else:
            # without units.csv: the mean over the complete units (a complete unit whose
            # score is undefined still brings its coverage and domain coverages)
            canton = rollup([as_dict(scores[u]) for u in units if complete[u]])
        emit("canton", "", canton)
    return rows, order


def compute_trends(ws, min_coverage):
    """Rows keyed (unit, year_from, year_to, unit_from) -> dict(delta, delta_like_for_like, comparable)."""
    rows = {}
    cache = {}

    def figures(year, unit):
        key = (year, unit)
        if key not in cache:
            cache[key] = unit_score(ws, year, unit)
        return cache[key]

    def full(year, unit):
        return figures(year, unit).score

    def audited(unit):
        """The unit's audit years for trends: a not-started year is no audit."""
        return [y for y in ws.audited_years(unit) if not figures(y, unit).not_started]

    def like_for_like(y0, u0, y1, u1):
        classes0 = {ws.criterion_class[c.id] for c in ws.criteria if c.applies(y0)}
        classes1 = {ws.criterion_class[c.id] for c in ws.criteria if c.applies(y1)}
        counted = classes0 & classes1
        c0 = [c for c in ws.criteria if c.applies(y0) and ws.criterion_class[c.id] in counted]
        c1 = [c for c in ws.criteria if c.applies(y1) and ws.criterion_class[c.id] in counted]
        s0 = unit_score(ws, y0, u0, c0).score
        s1 = unit_score(ws, y1, u1, c1).score
        return None if s0 is None or s1 is None else s1 - s0

    def add(unit, y0, y1, unit_from):
        s0, s1 = full(y0, unit_from), full(y1, unit)
        comparable = (status_of(figures(y0, unit_from), min_coverage) == "complete"
                      and status_of(figures(y1, unit), min_coverage) == "complete")
        rows[(unit, str(y0), str(y1), unit_from)] = {
            "delta": None if s0 is None or s1 is None or not comparable else s1 - s0,
            "delta_like_for_like": like_for_like(y0, unit_from, y1, unit) if comparable else None,
            "comparable": "true" if comparable else "false",
        }

    all_units = sorted(set().union(*ws.audited.values())) if ws.audited else []
    for unit in all_units:
        years = audited(unit)
        for y0, y1 in zip(years, years[1:]):
            add(unit, y0, y1, unit)
        if years:
            first = years[0]
            for pred in ws.unit_replaces.get(unit, []):
                before = [y for y in audited(pred) if y < first]
                if before:
                    add(unit, before[-1], first, pred)
    return rows


# --------------------------------------------------------------------------
# Comparison with vigie
# --------------------------------------------------------------------------


def run_vigie(vigie, workspace, extra):
    proc = subprocess.run([vigie, "score", workspace, "--format", "csv"] + extra,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        sys.exit("reference-score: vigie exited with %d" % proc.returncode)
    return proc.stdout


def parse_vigie(data, columns, what, problems):
    if not data.startswith(b"\xef\xbb\xbf"):
        problems.append("%s: output does not start with a UTF-8 BOM" % what)
    text = data.decode("utf-8-sig")
    lines = text.split("\r\n")
    if lines and lines[-1] == "":
        lines.pop()
    if any("\n" in line or "\r" in line for line in lines):
        problems.append("%s: output is not CRLF throughout" % what)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    if not records or records[0] != columns:
        problems.append("%s: header %r, expected %r" % (what, records[0] if records else None,
                                                          columns))
        return []
    return [dict(zip(columns, r)) for r in records[1:] if r]


def fmt(x):
    if x is None:
        return "(empty)"
    return "%.9f" % float(x)


def same_number(mine, theirs):
    if theirs.strip() == "":
        return mine is None
    if mine is None:
        return False
    return abs(float(mine) - float(theirs)) <= TOLERANCE


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("workspace")
    ap.add_argument("--vigie", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                    "..", ".build", "debug", "vigie"))
    ap.add_argument("--min-coverage", default="0.8")
    ap.add_argument("--catalogue")
    args = ap.parse_args()

    min_cov = Fraction(args.min_coverage.strip().rstrip("%").replace(",", "."))
    if min_cov > 1:
        min_cov /= 100
    ws = Workspace(args.workspace, args.catalogue)
    expected, expected_order = compute_scores(ws, min_cov)
    expected_trends = compute_trends(ws, min_cov)

    extra = ["--min-coverage", args.min_coverage]
    if args.catalogue:
        extra += ["--catalogue", args.catalogue]
    problems = []
    score_cols = ["year", "scope", "unit", "domain", "score", "coverage", "rating", "status", "rank"]
    trend_cols = ["unit", "year_from", "year_to", "delta", "delta_like_for_like", "unit_from", "comparable"]
    got = parse_vigie(run_vigie(args.vigie, args.workspace, extra), score_cols, "scores", problems)
    got_trends = parse_vigie(run_vigie(args.vigie, args.workspace, extra + ["--trends"]),
                             trend_cols, "trends", problems)
    passed = failed = 0
    for p in problems:
        print("FORMAT " + p)
        failed += 1

    # scores
    actual = {}
    actual_order = []
    for r in got:
        key = (int(r["year"]) if r["year"].isdigit() else r["year"], r["scope"], r["unit"], r["domain"])
        if key in actual:
            print("DUPLICATE scores row %r" % (key,))
            failed += 1
        actual[key] = r
        actual_order.append(key)
    for key in expected_order:
        mine = expected[key]
        label = "scores %s" % ";".join(str(k) for k in key)
        if key not in actual:
            print("MISSING in vigie: %s (reference: score %s, coverage %s, rating %r, status %r, rank %r)"
                  % (label, fmt(mine["score"]), fmt(mine["coverage"]), mine["rating"],
                     mine["status"], mine["rank"]))
            failed += 1
            continue
        theirs = actual[key]
        diffs = []
        for col in ("score", "coverage"):
            if not same_number(mine[col], theirs[col]):
                diffs.append("%s: reference %s, vigie %s" % (col, fmt(mine[col]), theirs[col] or "(empty)"))
        for col in ("rating", "status", "rank"):
            if mine[col] != theirs[col]:
                diffs.append("%s: reference %r, vigie %r" % (col, mine[col], theirs[col]))
        if diffs:
            print("DIFF %s: %s" % (label, "; ".join(diffs)))
            failed += 1
        else:
            passed += 1
    for key in actual_order:
        if key not in expected:
            print("EXTRA in vigie: scores %s (%s)" % (";".join(str(k) for k in key),
                                                    ";".join(actual[key][c] for c in score_cols[4:])))
            failed += 1
    # order of rows: year, scope (unit, department, canton), unit id, `*` then catalogue order
    scope_rank = {"unit": 0, "department": 1, "canton": 2}
    domain_rank = {d: i + 1 for i, d in enumerate(ws.domains)}
    sort_key = lambda k: (k[0], scope_rank.get(k[1], 9), k[2], 0 if k[3] == "*" else domain_rank.get(k[3], 99))
    if actual_order != sorted(actual_order, key=sort_key):
        print("ORDER scores rows are not sorted by year, scope, unit, then * and catalogue order")
        failed += 1

    # trends
    actual_t = {}
    for r in got_trends:
        key = (r["unit"], r["year_from"], r["year_to"], r["unit_from"])
        if key in actual_t:
            print("DUPLICATE trends row %r" % (key,))
            failed += 1
        actual_t[key] = r
    for key in sorted(expected_trends):
        mine = expected_trends[key]
        label = "trends %s" % ";".join(key)
        if key not in actual_t:
            print("MISSING in vigie: %s (reference: delta %s, like-for-like %s)"
                  % (label, fmt(mine["delta"]), fmt(mine["delta_like_for_like"])))
            failed += 1
            continue
        theirs = actual_t[key]
        diffs = []
        for col in ("delta", "delta_like_for_like"):
            if not same_number(mine[col], theirs[col]):
                diffs.append("%s: reference %s, vigie %s" % (col, fmt(mine[col]), theirs[col] or "(empty)"))
        if mine["comparable"] != theirs["comparable"]:
            diffs.append("comparable: reference %s, vigie %s" % (mine["comparable"], theirs["comparable"]))
        if diffs:
            print("DIFF %s: %s" % (label, "; ".join(diffs)))
            failed += 1
        else:
            passed += 1
    for key in sorted(actual_t):
        if key not in expected_trends:
            r = actual_t[key]
            print("EXTRA in vigie: trends %s (delta %s, like-for-like %s)"
                  % (";".join(key), r["delta"], r["delta_like_for_like"]))
            failed += 1

    print("reference-score: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
