#!/usr/bin/env python3
"""Writes the VigieCSV test fixtures with exact bytes (BOMs, CRLF, CR, cp1252).

Run from this folder: python3 make_fixtures.py
"""

BOM = b"\xef\xbb\xbf"


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


def u(text):
    return text.encode("utf-8")


# Dialects ---------------------------------------------------------------
write("semicolon_bom_crlf.csv", BOM + u(
    'Nom;Prénom;Note\r\n'
    'Dupont;Éric;12,5\r\n'
    'Martin;"Anne; Marie";15\r\n'
    '"Say ""hi""";"two\r\nlines";"lf\nonly"\r\n'))

write("comma_lf.csv", u(
    'name,comment,score\n'
    'alice,"said ""hi"", twice",3\n'
    'bob,"line one\nline two",4\n'
    'carol,,5\n'))

write("tab_cr.csv", u(
    'a\tb\tc\r'
    '1\t" x, y; z "\t3\r'
    '4\t\t6\r'))

write("tab_bom_lf_spaces.csv", BOM + u(
    'col 1\t col2 \tcol3\n'
    ' a \t\tb c\n'))

write("comma_crlf_bom_no_final_newline.csv", BOM + u(
    'x,y\r\n'
    '1,"quoted\r\nbreak"\r\n'
    '2,last'))

# Line numbers --------------------------------------------------------------
write("lines_multiline_blank.csv", u(
    'h1;h2;h3\r\n'          # 1  header
    'r1;"multi\r\nline";x\r\n'  # 2-3
    '\r\n'                  # 4  blank
    ';;\r\n'                # 5  delimiters only
    '  \r\n'                # 6  spaces only
    'r2;"a\nb\nc";y\r\n'    # 7-9
    'r3;z;w\r\n'            # 10
    ';" ";\t\r\n'           # 11 blank quoted field + tab
    '\r\n'))                # 12

write("lines_cr_only.csv", u(
    'h\r'          # 1
    '\r'           # 2
    '"a\rb"\r'     # 3-4
    'c\r'))        # 5

write("lines_leading_blank_rows.csv", u(
    '\r\n'         # 1
    ';;;\r\n'      # 2
    '  \r\n'       # 3
    'h1;h2;h3\r\n'  # 4 header
    '1;2;3\r\n'    # 5
    ';;\r\n'       # 6
    '\r\n'))       # 7

write("lines_mixed_endings.csv", u(
    'a,b\r\n'      # 1
    '1,2\n'        # 2
    '3,4\r'        # 3 (CR alone)
    '\r\n'         # 4 (empty line, CRLF = one line end)
    '5,6\n'))      # 5

# Delimiter detection -------------------------------------------------------
write("detect_quoted_header.csv", u(
    '"a;b","c;d;e",f\n'
    '1,2,3\n'))
write("detect_tie_semicolon_comma.csv", u('a;b,c\n1;2,3\n'))
write("detect_tie_tab_comma.csv", u('a\tb,c\n1\t2,3\n'))
write("detect_no_delimiter.csv", u('single\nvalue\n'))

# Encodings -----------------------------------------------------------------
write("cp1252.csv", (
    'Nom;Ville;Remarque\r\n'
    'Renée;Besançon;élève à l\'école, über 5€ œuvre\r\n'
    'Škoda;‘q’;“dq” – …\r\n').encode("cp1252"))
write("cp1252_undefined_bytes.csv", b'a;b\n\x81;\x9d\x80\n')
write("nul_and_inner_bom.csv", b'a;b\n\x00x;\xef\xbb\xbfy\n')
write("utf8_no_bom.csv", u('clé;valeur\nœ;€ 日本\n'))

# Lenient and errors --------------------------------------------------------
write("stray_quote.csv", u('a;b\nx"y;z\n5" screen;ok\n'))
write("unterminated_quote.csv", u(
    'h1;h2\n'            # 1
    'a;"x\ny"\n'         # 2-3
    'b;c\n'              # 4
    'd;"never closed\n'  # 5
    'e;f\n'))            # 6
write("unterminated_quote_header.csv", u('"abc;def\n'))
write("empty.csv", b"")
write("blank_only.csv", u('\r\n;;\r\n  \r\n'))
write("bom_only.csv", BOM)

# Large file (> 64 KiB) with every feature -----------------------------------
rows = ['id;texte;note']
for i in range(3500):
    if i % 7 == 0:
        rows.append(f'{i};"ligne\r\nsuite {i}";{i % 20}')
    elif i % 11 == 0:
        rows.append(';;')
    elif i % 13 == 0:
        rows.append(f'{i};"dit ""oui""; non";é{i}')
    else:
        rows.append(f'{i};texte {i};{i % 20},5')
write("large_mixed.csv", BOM + u('\r\n'.join(rows) + '\r\n'))
