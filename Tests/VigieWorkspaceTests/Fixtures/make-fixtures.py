#!/usr/bin/env python3
"""Writes the fixture workspaces of VigieWorkspaceTests and vigieTests with exact bytes (BOM, CRLF,
Windows-1252, empty files). Run from the package root: python3 Tests/VigieWorkspaceTests/Fixtures/make-fixtures.py
The tests assert exact lines and columns: change a fixture here and its test together."""
import os, shutil, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "."
WS = os.path.join(ROOT, "Tests/VigieWorkspaceTests/Fixtures")
E2E = os.path.join(ROOT, "Tests/vigieTests/Fixtures")

def write(base, rel, text=None, data=None, *, bom=False, crlf=False, encoding="utf-8"):
    path = os.path.join(base, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if data is None:
        if crlf:
            text = text.replace("\n", "\r\n")
        data = text.encode(encoding)
        if bom:
            data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)

def clean(base):
    for name in os.listdir(base):
        if name in (".keep", "make-fixtures.py"):
            continue
        p = os.path.join(base, name)
        shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)

for base in (WS, E2E):
    clean(base)
    write(base, ".gitattributes", "# Exact bytes matter (BOM, CRLF, Windows-1252): never convert.\n* -text\n")

# ---------------------------------------------------------------- shared pieces
DOMAINS = """domain;title;description;weight
GOU;Gouvernance;Pilotage et engagements;2
REC;Recrutement;Annonces et jurys;1,5
"""
CRITERIA = """criterion;domain;title;question;weight;critical;scale;legal_basis;guidance;evidence;since;until;replaces
GOU-01;GOU;Charte;Une charte de non-discrimination est-elle adoptée ?;1;oui;ternary;Cst. art. 8 al. 2;;non;;;
GOU-02;GOU;Référent;Un référent est-il désigné ?;2;non;binary;;;;;;
REC-01;REC;Annonces;Les annonces sont-elles inclusives ?;1,5;;level;;;;;;
REC-02;REC;Jury;Les jurys sont-ils formés ?;;;;;;oui;;;
"""
UNITS = """unit;name;parent;kind;since;until;replaces
DEP;Département de l'intérieur;;département;;;
SPOP;Service de la population;DEP;service;;;
SPAJ;Service de la justice;DEP;service;;;
"""

def catalogue(base, ws, domains=DOMAINS, criteria=CRITERIA):
    write(base, f"{ws}/checklists/base/domains.csv", domains)
    write(base, f"{ws}/checklists/base/criteria.csv", criteria)

def valid(base):
    catalogue(base, "valid")
    write(base, "valid/audits/units.csv", UNITS)
    write(base, "valid/audits/2025/interieur.csv", """year;unit;criterion;answer;evidence;comment;assessor;date
2025;DEP;GOU-01;oui;Charte 2024.pdf;;A. Martin;15.03.2025
2025;DEP;GOU-02;non;;Poste vacant;A. Martin;15.03.2025
2025;DEP;REC-01;3;;;A. Martin;2025-03-15
2025;DEP;REC-02;partiel;PV jury;;A. Martin;2025-03-15
2025;SPOP;GOU-01;partiel;Projet de charte;;B. Keller;01.04.2025
2025;SPOP;GOU-02;oui;Décision 12;;B. Keller;1.4.2025
2025;SPOP;REC-01;4;;;B. Keller;01.04.2025
2025;SPOP;REC-02;sans objet;;Aucun recrutement cette année;B. Keller;01.04.2025
""")

# ---------------------------------------------------------------- VigieWorkspaceTests
valid(WS)

# Catalogue: every row-level error of domains.csv, criteria.csv and levels.csv.
write(WS, "catalogue-errors/checklists/base/domains.csv", """domain;title;description;weight
GOU;Gouvernance;;2
REC;Recrutement;;abc
GOU;Doublon;;1
A B;Espace;;1
FOR;Formation;;0
""")
write(WS, "catalogue-errors/checklists/base/criteria.csv", """criterion;domain;title;weight;critical;scale;evidence;since;until;replaces
GOU-01;GOU;Charte;1,5;oui;ternary;non;;;
GOU-02;GOV;Référent;0;non;binary;;;;
REC-01;REC;Annonces;-1;peut-être;level;;;;
REC-02;REC;Jury;abc;;trinary;;20x5;;
GOU-01;GOU;Doublon;;;;;;;
REC-03;REC;Suite;;;;;;;GOU-1
REC-04;REC;Boucle A;;;;;;;REC-05
REC-05;REC;Boucle B;;;;;;;REC-04
REC-06;REC;Années inversées;;;;;2026;2024;
REC-07;;Sans domaine;;;;;;;
;REC;Sans identifiant;;;;;;;
REC/08;REC;Barre oblique;;;;;;;
REC-09;REC;Lui-même;;;;;;;REC-09
""")
write(WS, "catalogue-errors/checklists/base/levels.csv", """level;label;min_score
haut;Haut;85
moyen;Moyen;cent
double;Doublon;85
bas;Bas;0
""")

# Header errors: a duplicate column, missing columns (catalogue and answers).
write(WS, "header-errors/checklists/base/domains.csv", """domain;Title;description; TITLE
GOU;Gouvernance;;G
""")
write(WS, "header-errors/checklists/base/criteria.csv", """criterion;title;weight
GOU-01;Charte;1
""")
write(WS, "header-errors/audits/2025/a.csv", """year;unit;criterion;reponse
2025;DEP;GOU-01;oui
""")

# A catalogue without criteria.csv.
write(WS, "missing-file/checklists/base/domains.csv", DOMAINS)
write(WS, "missing-file/audits/2025/a.csv", "unit;criterion;answer\nDEP;GOU-01;oui\n")

# A catalogue whose criteria.csv is empty.
write(WS, "empty-catalogue/checklists/base/domains.csv", DOMAINS)
write(WS, "empty-catalogue/checklists/base/criteria.csv", data=b"")

# Two catalogues.
for name in ("alpha", "beta"):
    write(WS, f"several-catalogues/checklists/{name}/domains.csv", DOMAINS)
    write(WS, f"several-catalogues/checklists/{name}/criteria.csv", CRITERIA)
write(WS, "several-catalogues/audits/2025/a.csv", "unit;criterion;answer;evidence\nDEP;GOU-01;oui;\n")

# No catalogue at all.
write(WS, "no-catalogue/audits/units.csv", UNITS)

# Units: every error of units.csv.
catalogue(WS, "units-errors")
write(WS, "units-errors/audits/units.csv", """unit;name;parent;kind;since;until;replaces
DEP;Département;;département;;;
SPOP;Population;DEPT;service;;;
SPOP;Doublon;DEP;service;;;
A;Service A;B;service;;;
B;Service B;A;service;;;
NEW;Nouveau;DEP;service;2026;;OLD
X;Service X;X;service;;;
Y;Service Y;DEP;service;;;Y
P;Service P;DEP;service;;;Q
Q;Service Q;DEP;service;;;P
I;Service I;DEP;service;2026;2024;
""")

# Answers: every error of an answer sheet, across two files.
catalogue(WS, "answer-errors")
write(WS, "answer-errors/audits/units.csv", UNITS)
write(WS, "answer-errors/audits/2025/a.csv", """year;unit;criterion;answer;evidence;comment
2025;SPOP;gou-01;oui;;
2025;SPOQ;GOU-01;oui;;
2025;SPOP;GOU-01;peut-être;;
2025;SPOP;GOU-02;partiel;;
2025;SPOP;REC-01;oui;;
2024;DEP;GOU-01;oui;;
25;DEP;GOU-02;oui;;
;DEP;REC-01;3;;
2025;DEP;XYZ-42;oui;;
""")
write(WS, "answer-errors/audits/2025/b.csv", """unit;criterion;answer
SPAJ;GOU-01;3
DEP;REC-01;4
;GOU-01;oui
SPAJ;;oui
SPAJ;GOU-02;2
""")

# Without units.csv any unit is accepted.
catalogue(WS, "no-units")
write(WS, "no-units/audits/2025/a.csv", """unit;criterion;answer;evidence;comment
N'IMPORTE;GOU-01;oui;;
AUTRE;GOU-01;non;;
""")

# Warnings: the workspace is valid, scoring goes on.
write(WS, "warnings/checklists/base/domains.csv", DOMAINS)
write(WS, "warnings/checklists/base/criteria.csv", """criterion;domain;title;scale;evidence;since;until
GOU-01;GOU;Charte;ternary;non;2024;
GOU-02;GOU;Référent;ternary;oui;;
OLD-01;GOU;Ancien;ternary;non;;2023
REC-01;REC;Annonces;level;non;;
""")
write(WS, "warnings/audits/units.csv", """unit;name;parent;since
DEP;Département;;
SPOP;Population;DEP;2026
""")
write(WS, "warnings/audits/2025/a.csv", """unit;criterion;answer;evidence;comment;assessor;date
DEP;GOU-01;na;;;A. Martin;15.03.2025
DEP;GOU-02;oui;;;A. Martin;31.02.2025
DEP;OLD-01;oui;;;A. Martin;2025-03-15
DEP;REC-01;2;;;A. Martin;1.4.2025
SPOP;GOU-01;oui;;;B. Keller;
""")
write(WS, "warnings/audits/2025/b.csv", data=b"")
write(WS, "warnings/audits/2025/c.csv/.keep", data=b"")
write(WS, "warnings/audits/2025/d.csv", "unit;criterion;answer;evidence;comment\nSPOP;GOU-02;non;;Pas de référent désigné\n",
      encoding="cp1252")
write(WS, "warnings/audits/2025/~$d.csv", data=b"\x0bB. Keller\x00\x00\xff\xfe lock file of Excel")
write(WS, "warnings/audits/2025/notes.txt", "not a CSV file: ignored\n")
write(WS, "warnings/audits/brouillon/a.csv", "not a year folder: ignored\n")

# A quoted field that never closes.
catalogue(WS, "csv-syntax")
write(WS, "csv-syntax/audits/2025/a.csv", """unit;criterion;answer;comment
DEP;GOU-01;oui;"bien"
DEP;GOU-02;non;"ce commentaire
ne se ferme pas
DEP;REC-01;2;
""")
write(WS, "csv-syntax/audits/2025/b.csv", "unit;criterion;answer;comment\nSPOP;GOU-01;bof;\n")

# The answer vocabulary: every word of PRODUCT.md, with variations. Column `expected` is not
# Vigie's: an unknown column, ignored by Vigie, read by the test.
VOCAB = [
    # (criterion, word, expected code)
    ("T", "met", "met"), ("T", "yes", "met"), ("T", "oui", "met"), ("T", "atteint", "met"),
    ("T", "rempli", "met"), ("T", "ja", "met"), ("T", "erfüllt", "met"),
    ("T", "OUI", "met"), ("T", "Erfüllt", "met"), ("T", "ERFULLT", "met"), ("T", "  Atteint ", "met"),
    ("T", "partial", "partial"), ("T", "partiel", "partial"), ("T", "partiellement", "partial"),
    ("T", "partiellement atteint", "partial"), ("T", "teilweise", "partial"),
    ("T", " Partiellement  Atteint ", "partial"), ("T", "PARTIEL", "partial"), ("T", "Teilweise", "partial"),
    ("T", "not met", "not_met"), ("T", "not_met", "not_met"), ("T", "no", "not_met"), ("T", "non", "not_met"),
    ("T", "non atteint", "not_met"), ("T", "nein", "not_met"), ("T", "nicht erfüllt", "not_met"),
    ("T", "NOT_MET", "not_met"), ("T", "Not Met", "not_met"), ("T", "Nicht Erfüllt", "not_met"),
    ("T", "Non  atteint", "not_met"),
    ("T", "na", "na"), ("T", "n/a", "na"), ("T", "sans objet", "na"), ("T", "s.o.", "na"),
    ("T", "entfällt", "na"), ("T", "nicht anwendbar", "na"),
    ("T", "N/A", "na"), ("T", "NA", "na"), ("T", "S.O.", "na"), ("T", "Sans Objet", "na"), ("T", "Entfällt", "na"),
    ("T", "ENTFALLT", "na"),
    ("T", "", "unanswered"), ("T", "?", "unanswered"), ("T", "unknown", "unanswered"), ("T", "inconnu", "unanswered"),
    ("T", "Inconnu", "unanswered"), ("T", " ? ", "unanswered"),
    ("B", "oui", "met"), ("B", "Non", "not_met"), ("B", "sans objet", "na"), ("B", "?", "unanswered"),
    ("L", "0", "0"), ("L", "1", "1"), ("L", "2", "2"), ("L", "3", "3"), ("L", "4", "4"), ("L", " 4 ", "4"),
    ("L", "na", "na"), ("L", "", "unanswered"),
]
rows = ["unit;criterion;answer;comment;expected"]
for n, (criterion, word, expected) in enumerate(VOCAB, start=1):
    rows.append(f'U{n:02d};{criterion};"{word}";commentaire;{expected}')
write(WS, "vocabulary/checklists/base/domains.csv", "domain;title\nD;Domaine\n")
write(WS, "vocabulary/checklists/base/criteria.csv",
      "criterion;domain;title;scale\nT;D;Ternaire;ternary\nB;D;Binaire;binary\nL;D;Niveaux;level\n")
write(WS, "vocabulary/audits/2025/words.csv", "\n".join(rows) + "\n")

# Dialects: Excel (BOM, `;`, CRLF), comma and LF, TAB; headers in another case and order,
# unknown columns, short records, multi-line quoted fields.
write(WS, "dialects/checklists/base/domains.csv", "Domain ; TITLE ;Weight\nGOU;Gouvernance;2\nREC;Recrutement;1,5\n",
      bom=True, crlf=True)
write(WS, "dialects/checklists/base/criteria.csv",
      "title,criterion,scale,domain,weight,Notes internes\n"
      "Charte,GOU-01,ternary,GOU,\"1,5\",à revoir\n"
      "Référent,GOU-02,binary,GOU,2\n"
      "Annonces,REC-01,level,REC\n")
write(WS, "dialects/audits/units.csv", "unit\tname\tparent\nDEP\tDépartement\t\nSPOP\tPopulation\tDEP\nSPAJ\tJustice\tDEP\n")
write(WS, "dialects/audits/2025/excel.csv",
      " Year ; UNIT ;Criterion; Answer ;Comment;Remarque interne\n"
      "2025;DEP;GOU-01;oui;\"Ligne un\nligne deux; avec point-virgule\nligne \"\"trois\"\"\";x\n"
      "2025;DEP;GOU-02;bof;;\n"
      "2025;DEP;REC-01;2\n"
      ";;;;;\n"
      "\n",
      bom=True, crlf=True)
write(WS, "dialects/audits/2025/plain.csv",
      "answer,criterion,unit,extra\n"
      "oui,GOU-01,SPOP,\n"
      "\"partiel\",\"GOU-01\",SPAJ,\n"
      ",,,\n"
      "\"Non\n"
      "Atteint\",GOU-02,SPAJ,\"x\n"
      "y\"\n"
      "peut-être,REC-01,SPAJ\n"
      "non,GOU-02,SPOP\n"
      "4,REC-01,SPOP,\n")

# The same workspace twice: as Excel writes it (BOM, `;`, CRLF) and as a script does (comma, LF).
PAIR_DOMAINS = [["domain", "title", "weight"], ["GOU", "Gouvernance", "2"], ["REC", "Recrutement", "1,5"]]
PAIR_CRITERIA = [["criterion", "domain", "title", "question", "weight", "scale"],
                 ["GOU-01", "GOU", "Charte", "Une charte existe-t-elle ?\nEst-elle publiée ?", "1,5", "ternary"],
                 ["GOU-02", "GOU", "Référent; désigné", "", "2", "binary"], ["REC-01", "REC", "Annonces", "", "", "level"]]
PAIR_SHEET = [["unit", "criterion", "answer", "comment"],
              ["DEP", "GOU-01", "oui", "Première ligne\nseconde ligne, avec virgule\ntroisième \"citée\""],
              ["DEP", "GOU-02", "partiel", ""],
              ["DEP", "REC-01", "Erfüllt", ""],
              ["SPOP", "GOU-01", "non", ""]]
def render(rows, delimiter, newline):
    def cell(text):
        if any(c in text for c in (delimiter, '"', "\n", ",", ";")):
            return '"' + text.replace('"', '""').replace("\n", newline) + '"'
        return text
    return "".join(delimiter.join(cell(c) for c in row) + newline for row in rows)
for ws, delimiter, newline, bom in (("dialect-excel", ";", "\r\n", True), ("dialect-plain", ",", "\n", False)):
    for rel, rows in (("checklists/base/domains.csv", PAIR_DOMAINS), ("checklists/base/criteria.csv", PAIR_CRITERIA),
                      ("audits/2025/sheet.csv", PAIR_SHEET)):
        data = render(rows, delimiter, newline).encode("utf-8")
        write(WS, f"{ws}/{rel}", data=(b"\xef\xbb\xbf" if bom else b"") + data)

# Sorting: findings of several files, in no particular order of discovery.
catalogue(WS, "sorting")
write(WS, "sorting/audits/units.csv", UNITS)
write(WS, "sorting/audits/2024/z.csv", "unit;criterion;answer\nDEP;GOU-01;bof\nDEP;REC-01;oui\n")
write(WS, "sorting/audits/2025/a.csv", "unit;criterion;answer\nSPOP;GOU-9;oui\nXXX;GOU-01;oui\nSPOP;GOU-02;partiel\n")
write(WS, "sorting/audits/2025/b.csv", "unit;criterion;answer\nSPAJ;GOU-01;maybe\n")

# ---------------------------------------------------------------- vigieTests (end to end)
valid(E2E)

# Warnings only: exit 0.
catalogue(E2E, "warnings-only")
write(E2E, "warnings-only/audits/2025/a.csv", """unit;criterion;answer;evidence;comment;date
DEP;GOU-01;na;;;15.03.2025
DEP;GOU-02;oui;;;31.02.2025
DEP;REC-01;3;;;
DEP;REC-02;oui;Rapport;;
""")

# Every error that can stand beside the others (missing-file, several-catalogues, no-catalogue
# and unknown-catalogue stop the reading of the workspace, so they have workspaces of their own).
E = "every-error"
write(E2E, f"{E}/checklists/base/domains.csv", """domain;title;description;weight;Title
GOU;Gouvernance;;2;
REC;Recrutement;;abc;
GOU;Doublon;;1;
A B;Espace;;1;
""")
write(E2E, f"{E}/checklists/base/criteria.csv", """criterion;domain;title;weight;critical;scale;evidence;since;until;replaces
GOU-01;GOU;Charte;1,5;oui;ternary;non;;;
GOU-02;GOV;Référent;0;non;binary;;;;
REC-01;REC;Annonces;-1;peut-être;level;;;;
REC-02;REC;Jury;;;trinary;;20x5;;
GOU-01;GOU;Doublon;;;;;;;
REC-03;REC;Suite;;;;;;;GOU-1
REC-04;REC;Boucle A;;;;;;;REC-05
REC-05;REC;Boucle B;;;;;;;REC-04
REC-06;REC;Années inversées;;;;;2026;2024;
REC-07;;Sans domaine;;;;;;;
;REC;Sans identifiant;;;;;;;
""")
write(E2E, f"{E}/checklists/base/levels.csv", """level;label;min_score
haut;Haut;85
moyen;Moyen;cent
double;Doublon;85
""")
write(E2E, f"{E}/audits/units.csv", """unit;name;parent;kind;since;until;replaces
DEP;Département;;département;;;
SPOP;Population;DEPT;service;;;
SPOP;Doublon;DEP;service;;;
SPAJ;Justice;DEP;service;;;
A;Service A;B;service;;;
B;Service B;A;service;;;
NEW;Nouveau;DEP;service;;;OLD
P;Service P;DEP;service;;;Q
Q;Service Q;DEP;service;;;P
I;Service I;DEP;service;2026;2024;
""")
write(E2E, f"{E}/audits/2025/a.csv", """year;unit;criterion;answer;evidence;comment
2025;SPOP;gou-01;oui;;
2025;SPOQ;GOU-01;oui;;
2025;SPOP;GOU-01;peut-être;;
2025;SPOP;GOU-02;partiel;;
2025;SPOP;REC-01;oui;;
2024;DEP;GOU-01;oui;;
25;DEP;GOU-02;oui;;
;DEP;REC-01;3;;
""")
write(E2E, f"{E}/audits/2025/b.csv", """unit;criterion;answer
SPAJ;GOU-01;3
DEP;REC-01;4
;GOU-01;oui
SPAJ;;oui
""")
write(E2E, f"{E}/audits/2025/c.csv", """unit;criterion;answer;comment
SPAJ;GOU-02;non;"jamais
fermé
""")
write(E2E, f"{E}/audits/2025/d.csv", """unit;criterion;reponse
SPAJ;REC-01;2
""")
