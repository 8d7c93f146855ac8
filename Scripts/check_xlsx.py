#!/usr/bin/env python3
"""Checks Vigie's workbooks against other programs (not part of `make test`: needs openpyxl and LibreOffice).

  python3 Scripts/check_xlsx.py [--vigie .build/debug/vigie] [--workspace .] [--year 2027]

1. `vigie template` for the year: each workbook opens in openpyxl without warnings, with a dropdown on every
   answer cell, the frozen header and sheet protection; LibreOffice (headless) converts each to CSV.
2. The workbooks filled by openpyxl (answers from each row's dropdown, dates as real dates, a comment that looks
   like a formula) and the same answers written as CSV sheets: `vigie score --format csv` byte-identical.
3. The filled workbooks re-saved by LibreOffice read the same.
Exit status 1 on the first difference. Works in temporary folders, removed at the end (only those).
"""
import argparse, csv, datetime, glob, os, shutil, subprocess, sys, tempfile, warnings

import openpyxl


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def copy_workspace(source, target):
    os.makedirs(target)
    for name in ("audits", "checklists", "workspace.csv"):
        path = os.path.join(source, name)
        (shutil.copytree if os.path.isdir(path) else shutil.copy)(path, os.path.join(target, name))


def check_template(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    answer = header.index("answer") + 1
    covered = {row for dv in sheet.data_validations.dataValidation for r in dv.sqref.ranges for row in range(r.min_row, r.max_row + 1)}
    problems = [str(w.message) for w in caught]
    if sheet.freeze_panes != "A2": problems.append("header not frozen")
    if not sheet.protection.sheet: problems.append("not protected")
    if covered != set(range(2, sheet.max_row + 1)): problems.append("answer cells without a dropdown")
    if sheet.cell(2, answer).protection.locked: problems.append("answer cell locked")
    if not sheet.cell(2, header.index("question") + 1).protection.locked: problems.append("question cell unlocked")
    return sheet.title, len(sheet.data_validations.dataValidation), problems


def fill(path, row_index_seed):
    """Fills a workbook; returns its rows (header first) as texts, as the CSV twin gets them."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    col = {name: header.index(name) + 1 for name in header}
    dropdown = {}
    for dv in sheet.data_validations.dataValidation:
        words = dv.formula1.strip('"').split(",")
        for r in dv.sqref.ranges:
            for row in range(r.min_row, r.max_row + 1):
                dropdown[row] = words
    texts = [header]
    for row in range(2, sheet.max_row + 1):
        words = dropdown[row]
        word = words[(row + row_index_seed) % len(words)]
        day = datetime.date(2027, 1 + row % 12, 1 + row % 28)
        sheet.cell(row, col["answer"]).value = int(word) if word.isdigit() else word
        sheet.cell(row, col["evidence"]).value = f"Pièce {row}"
        comment = sheet.cell(row, col["comment"])
        comment.value = f"=pas une formule {row}" if row % 5 == 0 else f"Commentaire {row}"
        comment.data_type = "s"  # openpyxl takes a text starting with '=' for a formula
        sheet.cell(row, col["assessor"]).value = "RH"
        sheet.cell(row, col["date"]).value = day
        sheet.cell(row, col["date"]).number_format = "DD.MM.YYYY"
        values = []
        for c in range(1, len(header) + 1):
            value = sheet.cell(row, c).value
            values.append(day.strftime("%d.%m.%Y") if c == col["date"] else "" if value is None else str(value))
        texts.append(values)
    book.save(path)
    return texts


def score(vigie, workspace):
    result = run([vigie, "score", workspace, "--format", "csv"])
    if result.returncode != 0:
        sys.exit(f"vigie score {workspace} failed:\n{result.stderr}")
    return result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vigie", default=".build/debug/vigie")
    parser.add_argument("--workspace", default=".")
    parser.add_argument("--year", default="2027")
    options = parser.parse_args()
    vigie = os.path.abspath(options.vigie)
    scratch = tempfile.mkdtemp(prefix="vigie-check-xlsx-")
    try:
        books, sheets, resaved = (os.path.join(scratch, n) for n in ("books", "sheets", "resaved"))
        copy_workspace(options.workspace, books)
        made = run([vigie, "template", books, "--year", options.year])
        if made.returncode != 0:
            sys.exit(made.stderr)
        folder = os.path.join(books, "audits", options.year)
        paths = sorted(glob.glob(os.path.join(folder, "*.xlsx")))
        failed = False
        for path in paths:
            title, dropdowns, problems = check_template(path)
            print(f"openpyxl: {os.path.basename(path)} sheet '{title}', {dropdowns} dropdowns, frozen, protected"
                  + ("" if not problems else f": PROBLEMS {problems}"))
            failed |= bool(problems)
        converted = run(["soffice", "--headless", "--convert-to", "csv", "--outdir", os.path.join(scratch, "lo-csv")] + paths)
        count = len(glob.glob(os.path.join(scratch, "lo-csv", "*.csv")))
        print(f"LibreOffice: {count} of {len(paths)} workbooks converted to CSV (status {converted.returncode})")
        failed |= count != len(paths) or converted.returncode != 0

        copy_workspace(options.workspace, sheets)
        os.makedirs(os.path.join(sheets, "audits", options.year), exist_ok=True)
        for index, path in enumerate(paths):
            rows = fill(path, index)
            with open(os.path.join(sheets, "audits", options.year, os.path.basename(path)[:-5] + ".csv"), "w", encoding="utf-8-sig", newline="") as out:
                csv.writer(out, delimiter=";").writerows(rows)
        from_books, from_sheets = score(vigie, books), score(vigie, sheets)
        same = from_books == from_sheets
        print(f"score --format csv: workbooks filled by openpyxl {'==' if same else '!='} the same answers as CSV ({len(from_books.splitlines())} lines)")
        failed |= not same

        copy_workspace(books, resaved)
        target = os.path.join(resaved, "audits", options.year)
        for path in glob.glob(os.path.join(target, "*.xlsx")):
            os.remove(path)
        again = run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", target] + paths)
        count = len(glob.glob(os.path.join(target, "*.xlsx")))
        same = score(vigie, resaved) == from_books
        print(f"LibreOffice re-saved {count} workbooks: score --format csv {'==' if same else '!='} the openpyxl-filled ones (status {again.returncode})")
        failed |= not same or count != len(paths)
        sys.exit(1 if failed else 0)
    finally:
        shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
