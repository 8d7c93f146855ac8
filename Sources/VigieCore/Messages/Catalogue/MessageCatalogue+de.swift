extension MessageCatalogue {
    /// Deutsch, wie in der Schweiz geschrieben: «…», kein ß.
    /// One message a line, `key = message` (the syntax: `CatalogueParser`); edit the words, keep the keys and `{…}`.
    static let germanTable = #"""
# Wie diese Tabelle bearbeitet wird, steht oben in MessageCatalogue+en.swift (nur die Wörter ändern, nie die Schlüssel und die {…}).
# Die Wörter, die Listen verbinden; das Tausendertrennzeichen; die Anführungszeichen um ein Listenelement.
@and = und
@or = oder
@group = '
@quote = «{item}»

# Die Befunde (DiagnosticMessage)
file-too-large = Die Datei ist {mebibytes} MiB gross; Vigie liest CSV-Dateien bis {limit} MiB, und ein Antwortbogen ist viel kleiner: Ist es die richtige Datei?
folder-not-file = Das ist ein Ordner, keine CSV-Datei
special-file = Das ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket): Sie wird nicht gelesen
required-is-folder = Das ist ein Ordner, keine CSV-Datei: Der Katalog braucht diese Datei
folder-skipped = Das ist ein Ordner, keine CSV-Datei; er wird übersprungen
unreadable = Die Datei lässt sich nicht öffnen (prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen)
link-loop = Das ist ein symbolischer Link, der auf sich selbst zurückführt (eine Schleife): Es gibt keine Datei zu lesen
dangling-link = Das ist ein symbolischer Link auf eine Datei, die nicht existiert
read-failed = Die Datei konnte nicht bis zum Ende gelesen werden: {reason}
link-outside = Diese Datei ist ein symbolischer Link auf einen Ort ausserhalb des Arbeitsbereichs; sie wird nicht gelesen (kopieren Sie die Datei stattdessen in den Arbeitsbereich)
nul-byte = Diese Datei ist keine Text-CSV (sie enthält Binärdaten: ein NUL-Byte auf dieser Zeile). Wurde sie als Excel-Arbeitsmappe oder in UTF-16 gespeichert? Speichern Sie sie als «CSV UTF-8»
renamed-workbook = Diese Datei ist keine Text-CSV, sondern eine umbenannte Arbeitsmappe (.xlsx, .xls, .ods); ist es eine Excel-Arbeitsmappe, benennen Sie sie .xlsx (Vigie liest diese), sonst öffnen Sie sie und speichern Sie sie als «CSV UTF-8»
utf16 = Diese Datei ist in UTF-16 (Excels «Unicode-Text»), das Vigie nicht liest; speichern Sie sie als «CSV UTF-8»
utf32 = Diese Datei ist in UTF-32, das Vigie nicht liest; speichern Sie sie als «CSV UTF-8»
binary = Diese Datei ist keine Text-CSV (sie enthält Binärdaten). Wurde sie als Excel-Arbeitsmappe gespeichert? Speichern Sie sie als «CSV UTF-8»
windows1252 = Die Datei ist nicht in UTF-8; sie wurde als Windows-1252 gelesen (Excels einfaches «CSV»). Prüfen Sie die Umlaute und Akzente, oder speichern Sie sie als «CSV UTF-8»
empty-file = Die Datei ist leer: Sie hat weder Kopfzeile noch Zeilen und wird übersprungen
header-only = Die Datei hat ihre Kopfzeile, aber keine Zeilen: Sie enthält keine Antworten
empty-catalogue-file = Die Datei ist leer: Der Katalog braucht seine Kopfzeile und mindestens eine Zeile
header-only-catalogue-file = Die Datei hat ihre Kopfzeile, aber keine Zeilen: Der Katalog braucht mindestens eine
field-too-long = Diese Zelle enthält {length} Zeichen, mehr als die {limit}, die eine Tabellenzelle fassen kann: Wahrscheinlich steht ein Anführungszeichen falsch (ein mit " geöffnetes Feld läuft über die folgenden Zeilen weiter), oder die Datei ist keine CSV; die Datei wird nicht gelesen
inner-bom = Eine unsichtbare Byte-Order-Markierung (U+FEFF) steht mitten in der Datei, wie wenn zwei CSV-Dateien aneinandergefügt wurden; sie wird ignoriert. Prüfen Sie, dass sich weiter unten keine Kopfzeile wiederholt
mixed-delimiters = Diese Zeile ist durch {row} getrennt, die Kopfzeile aber durch {header} (das Trennzeichen wird aus der Kopfzeile übernommen); sie wird deshalb als eine Zelle statt {columns} gelesen. Verwenden Sie in der ganzen Datei dasselbe Trennzeichen. {rowsLeftOut, plural, one {Die Zeile wird weggelassen} other {# solche Zeilen werden weggelassen}}
extra-fields = Diese Zeile hat {fields} Felder, die Kopfzeile aber nur {columns} Spalten; der Text nach der letzten Spalte wird ignoriert
unterminated-quote = Ein hier geöffnetes Feld in Anführungszeichen wird nie geschlossen (das schliessende " fehlt)
field-out-of-memory = Die Datei hat ein Feld, das zu gross zum Lesen ist (zu wenig Speicher)
csv-syntax = Die Datei kann nicht als CSV gelesen werden: {detail}
workbook = {problem}
workbook-too-large = Die Arbeitsmappe ist {mebibytes} MiB gross; Vigie liest Arbeitsmappen bis {limit} MiB, und ein Antwortbogen ist viel kleiner: Ist es die richtige Datei?
workbook-field-too-long = Diese Zelle enthält {length} Zeichen, mehr als die {limit}, die eine Tabellenzelle fassen kann: Die Arbeitsmappe wird nicht gelesen
workbook-extra-fields = Diese Zeile hat Text nach der letzten Spalte der Kopfzeile ({columns} Spalten); er wird ignoriert
empty-worksheet = Das Tabellenblatt «{name}» ist leer: Es hat weder Kopfzeile noch Zeilen und wird übersprungen
no-workspace = Das ist kein Ordner; geben Sie den Pfad eines Arbeitsbereichs an (ein Ordner mit checklists/ und audits/)
no-catalogue = Kein Katalog gefunden: Ein Arbeitsbereich braucht checklists/<Name>/domains.csv und criteria.csv (vigie init legt einen an)
several-catalogues = Es gibt mehrere Kataloge ({names}); wählen Sie einen mit --catalogue
unknown-catalogue = In checklists/ gibt es keinen Katalog «{name}»{names, plural, =0 {} other { (vorhanden: {names})}}
missing-file = Diese Datei des Katalogs fehlt
year-not-a-folder = «{name}» ist kein Ordner: Antwortbogen gehören in einen Jahresordner (audits/{name}/*.csv); der Eintrag wird übersprungen
year-link-loop = «{name}» ist ein symbolischer Link, der im Kreis führt, kein Ordner: Antwortbogen gehören in einen Jahresordner (audits/{name}/*.csv); der Eintrag wird übersprungen
year-out-of-range = Das Jahr {text} liegt ausserhalb der Jahre, die Vigie annimmt ({lowest} bis {highest})
unreadable-audits = Der Ordner audits/ lässt sich nicht auflisten (prüfen Sie, ob Sie ihn lesen dürfen): Kein Antwortbogen wird gelesen
audits-not-a-folder = audits/ ist kein Ordner: Antwortbogen gehören in audits/<Jahr>/*.csv; keiner wird gelesen
audits-link-loop = audits/ ist ein symbolischer Link, der im Kreis führt: Kein Antwortbogen wird gelesen
unreadable-folder = Dieser Jahresordner lässt sich nicht auflisten (prüfen Sie, ob Sie ihn lesen dürfen): Seine Antwortbogen werden nicht gelesen
unknown-setting = «{key}» ist keine Einstellung, die Vigie kennt ({known}); die Zeile wird ignoriert
unknown-language = «{value}» ist keine Sprache, die Vigie spricht; schreiben Sie fr, de, it oder en (die Zeile wird ignoriert)
unknown-text-language = Spalte «{column}»: «{suffix}» ist keine Sprache, die Vigie spricht; nennen Sie sie {field}_fr, {field}_de, {field}_it oder {field}_en (die Spalte wird ignoriert)
duplicate-column = Die Spalte «{name}» kommt zweimal vor (zuerst in Spalte {firstColumn}); entfernen oder benennen Sie eine davon um
missing-column = Die Pflichtspalte «{name}» fehlt (die Kopfzeile enthält {present, plural, =0 {keine Namen} other {{present, list, quoted}{more, plural, =0 {} other { und # weitere}}}})
missing-id = Die ID {table, select, domain {des Bereichs} criterion {des Kriteriums} other {der Einheit}} ist leer
bad-id = «{text}» ist keine gültige ID {table, select, domain {des Bereichs} criterion {des Kriteriums} other {der Einheit}}: Verwenden Sie nur Buchstaben, Ziffern, «-», «_» und «.»
duplicate-domain = Die Bereichs-ID «{id}» ist zweimal definiert; die erste steht bei {first}
duplicate-criterion = Die Kriteriums-ID «{id}» ist zweimal definiert; die erste steht bei {first}
duplicate-unit = Die Einheits-ID «{id}» ist zweimal definiert; die erste steht bei {first}
criterion-without-domain = Das Kriterium «{id}» hat keinen Bereich
unknown-domain = Unbekannter Bereich «{id}»: Er steht nicht in domains.csv{suggestion, select, none {} other {; meinten Sie «{suggestion}»?}}
unknown-scale = Unbekannte Skala «{text}»; schreiben Sie ternary (erfüllt / teilweise / nicht erfüllt), binary (erfüllt / nicht erfüllt) oder level (0 bis 4)
criterion-years-inverted = «until» ({until}) liegt vor «since» ({since}): Das Kriterium würde nie gelten
unit-years-inverted = «until» ({until}) liegt vor «since» ({since}): Die Einheit würde nie bestehen
bad-min-score = «{text}» ist keine Punktzahl zwischen 0 und 100
duplicate-level = Zwei Stufen beginnen bei derselben Punktzahl {score}; die erste steht bei {first}
criterion-replaces-itself = Das Kriterium «{id}» kann sich nicht selbst ersetzen
unknown-replaced-criterion = Unbekanntes Kriterium «{id}»: Es steht nicht in criteria.csv{suggestion, select, none {} other {; meinten Sie «{suggestion}»?}}
unit-replaces-itself = Die Einheit «{id}» kann sich nicht selbst ersetzen
unknown-replaced-unit = Unbekannte Einheit «{id}»: Sie steht nicht in units.csv{suggestion, select, none {} other {; meinten Sie «{suggestion}»?}}
unknown-parent = Unbekannte Einheit «{id}»: Sie steht nicht in units.csv{suggestion, select, none {} other {; meinten Sie «{suggestion}»?}}
own-parent = Die Einheit «{id}» kann nicht ihre eigene übergeordnete Einheit sein
parent-cycle = Diese IDs bilden über «parent» eine Schleife: {ids, list, arrow}
replaces-cycle = Diese IDs bilden über «replaces» eine Schleife: {ids, list, arrow}
bad-weight = «{text}» ist keine positive Zahl; schreiben Sie ein Gewicht wie 1, 2 oder 1.5 (1,5 geht auch)
weight-too-large = «{text}» ist mehr als das grösste Gewicht, das Vigie annimmt ({limit}); schreiben Sie ein Gewicht wie 1, 2 oder 1.5
bad-boolean = «{text}» ist weder ja noch nein; schreiben Sie oui oder non (ja/nein, yes/no und 1/0 gehen auch)
bad-year = «{text}» ist keine Jahreszahl; schreiben Sie vier Ziffern, zum Beispiel 2025
year-mismatch = Die Zeile nennt {year}, die Datei liegt aber im Ordner {folder}; verschieben Sie die Datei oder korrigieren Sie das Jahr
missing-unit = Die Einheit ist leer: Schreiben Sie die ID der Einheit, zu der diese Antwort gehört
unknown-unit = Unbekannte Einheit «{id}»: Sie steht nicht in audits/units.csv{suggestion, select, none {} other {; meinten Sie «{suggestion}»?}}
more-unknown-unit-rows = … und {count, number} weitere {count, plural, one {Zeile} other {Zeilen}} der Einheit «{id}» (derselbe Fehler)
more-unknown-criterion-rows = … und {count, number} weitere {count, plural, one {Zeile} other {Zeilen}} des Kriteriums «{id}» (derselbe Fehler)
missing-criterion = Das Kriterium ist leer: Schreiben Sie die ID des beantworteten Kriteriums
unknown-criterion = Unbekanntes Kriterium «{id}»: Es steht nicht im Katalog «{catalogue}»{suggestion, select, none {} other {; meinten Sie «{suggestion}»?}}
unknown-answer = «{word}» ist keine Antwort, die Vigie versteht; schreiben Sie {allowed, select, none {ja, teilweise, nein oder entfällt (oder oui, partiel, non, sans objet)} other {{allowed}}}
answer-off-scale = {scale, select, level {Das Kriterium «{criterion}» wird mit einer Stufe von 0 bis 4 (oder {notApplicable}) beantwortet, nicht mit «{word}»} binary {Das Kriterium «{criterion}» wird mit erfüllt oder nicht erfüllt ({allowed}) beantwortet, nicht mit «{word}»} other {Das Kriterium «{criterion}» wird mit {allowed} beantwortet, nicht mit der Stufe «{word}»}}
duplicate-answer = Die Einheit «{unit}» beantwortet «{criterion}» im Jahr {year} zweimal; die erste Antwort steht bei {first}
criterion-out-of-years = Das Kriterium «{criterion}» gilt nur {span, select, same {im Jahr {since}} range {von {since} bis {until}} from {ab {since}} until {bis {until}} other {immer}}; diese Antwort von {year} wird ignoriert
unit-out-of-years = Die Einheit «{unit}» hat Antworten im Jahr {year}, besteht laut units.csv aber nur {span, select, same {im Jahr {since}} range {von {since} bis {until}} from {ab {since}} until {bis {until}} other {immer}}; ihre Antworten werden trotzdem bewertet
na-without-comment = «{criterion}» ist mit «nicht anwendbar» beantwortet, aber ohne Kommentar; begründen Sie, warum das Kriterium nicht zutrifft
missing-evidence = «{criterion}» verlangt einen Nachweis, wenn es erfüllt oder teilweise erfüllt ist, und die Antwort «{answer}» nennt keinen
bad-date = «{text}» ist kein Datum, das Vigie lesen kann; schreiben Sie TT.MM.JJJJ oder JJJJ-MM-TT
missing-answers = Die Einheit «{unit}» hat im Jahr {year} für {count} {count, plural, one {Kriterium} other {Kriterien}} des Katalogs keine Antwort (als unbeantwortet gezählt): {criteria}{more, plural, =0 {} other {, …}}
not-started = Der Antwortbogen der Einheit «{unit}» für {year} ist nicht begonnen: Noch kein Kriterium ist beantwortet. Solange das so bleibt, hat die Einheit in diesem Jahr keine Punktzahl und fehlt in Ranglisten, Zusammenfassungen und Entwicklungen
missing-action = Die Massnahme ist leer: Schreiben Sie, was getan wird
bad-due-date = «{text}» ist kein Fälligkeitsdatum, das Vigie lesen kann; schreiben Sie TT.MM.JJJJ oder JJJJ-MM-TT
unknown-status = «{word}» ist kein Status, den Vigie versteht; schreiben Sie geplant, in Bearbeitung, erledigt oder verworfen (prévu, en cours, fait, abandonné; planned, in progress, done, dropped)

# Die Befehlszeile (Wording)
cli.cell = Zeile {row}, Spalte {letter}{name, select, none {} other { ({name})}}
cli.row = Zeile {row}
cli.column = Spalte «{name}»
cli.criterion = Kriterium {id}
cli.colon = :\s
cli.summary = {errors} Fehler, {warnings, plural, one {# Warnung} other {# Warnungen}}{notes, plural, =0 {} one {, # Hinweis} other {, # Hinweise}} in {files, plural, one {# Datei} other {# Dateien}}
cli.warnings-hidden = {count, plural, one {# Warnung} other {# Warnungen}} (mit «vigie validate» anzeigen)
cli.created = Arbeitsbereich angelegt in {directory}:
cli.next-steps = Nächste Schritte:\n  1. Tragen Sie Ihre Departemente und Ämter in {directory}/audits/units.csv ein\n  2. vigie template {directory} --year {year}     (ein Antwortbogen pro Einheit)\n  3. Füllen Sie die Bogen in audits/{year}/ aus, dann: vigie validate {directory}\n  4. vigie report {directory}
cli.wrote-sheets = {count} Antwortbogen geschrieben:
cli.wrote-pages = {count} Seiten nach {destination} geschrieben
cli.out-not-a-folder = {path} existiert und ist kein Ordner
cli.out-foreign-files = {path} enthält Dateien, die nicht Vigie geschrieben hat ({files}{more, plural, =0 {} other {, …}}); wählen Sie ein anderes --out oder ersetzen Sie den Ordner mit --force
cli.out-contains-workspace = {path} ist der Arbeitsbereich oder enthält ihn; wählen Sie ein anderes --out
cli.out-link-loop = {path} ist ein symbolischer Link, der im Kreis führt; wählen Sie ein anderes --out
cli.out-busy = Ein anderes vigie schreibt gerade einen Bericht nach {path}; es wurde nichts geschrieben (starten Sie erneut, wenn es fertig ist)
cli.workspace-exists = {root} enthält bereits einen Arbeitsbereich (es gibt {marker}); vigie init überschreibt nie einen. Wählen Sie einen neuen Ordner.
cli.root-is-file = {root} ist eine Datei, kein Ordner
cli.reports-is-a-file = {path} ist eine Datei, wo der Ordner reports/ des Arbeitsbereichs hingehört; verschieben Sie sie oder wählen Sie einen neuen Ordner. Es wurde nichts geschrieben.
cli.sheets-hold-answers = Diese Bogen enthalten bereits Antworten und wurden nicht verändert (mit --force überschreiben):{paths, list, lines}
cli.answered-elsewhere = {path} (enthält die Antworten von {unit})
cli.table-head = Katalog {catalogue} (Fingerabdruck {fingerprint}), Mindestabdeckung {minimumCoverage}
cli.heading = {column, select, score {Punkte} rating {Bewertung} coverage {Abdeckung} rank {Rang} other {Bemerkung}}
cli.not-started = nicht begonnen
cli.incomplete = unvollständig
cli.own-unit = (eigene)
cli.canton = Kanton
cli.capped-by = begrenzt durch {criteria}
cli.mean-of = Mittel aus {count}
cli.incomplete-left-out = {count} unvollständige weggelassen
cli.not-started-left-out = {count} nicht begonnen
cli.campaign = {year}: Erhebung läuft, {started} von {units} Einheiten begonnen, {complete} vollständig (vigie score --year {year})
cli.earlier-years = Frühere Jahre: {years} (vigie score --year J)
cli.bad-date-option = --date erwartet ein Datum JJJJ-MM-TT, erhalten: «{given}»
cli.bad-init-date = --date erwartet ein Datum in der Form JJJJ-MM-TT (oder TT.MM.JJJJ)
cli.bad-source-date-epoch = SOURCE_DATE_EPOCH muss eine Anzahl Sekunden seit dem 1970-01-01 sein, erhalten: «{given}»
cli.coverage-bad-percentage = --min-coverage erwartet einen Prozentsatz von 0% bis 100%, erhalten: «{given}»
cli.coverage-not-a-number = --min-coverage erwartet einen Anteil von 0 bis 1 (etwa 0.8) oder einen Prozentsatz mit % (etwa 80%), erhalten: «{given}»
cli.coverage-ambiguous = --min-coverage «{given}» ist grösser als 1: Für einen Prozentsatz schreiben Sie «{given}%», für einen Anteil eine Zahl von 0 bis 1
cli.year-option-out-of-range = --year erwartet ein Jahr von {lowest} bis {highest}, erhalten: {year}
cli.empty-path-option = {option} erwartet einen Ordnerpfad, erhalten: ein leerer (für den aktuellen Ordner schreiben Sie {option} .)
cli.year-not-audited = Im Jahr {year} wurde keine Einheit geprüft; geprüfte Jahre: {audited}
cli.unknown-unit = Unbekannte Einheit «{id}»{suggestion, select, none {} other {; meinten Sie «{suggestion}»?}}
cli.no-unit-for-sheets = Es gibt keine Einheit, für die ein Bogen geschrieben werden kann: Tragen Sie zuerst die Einheiten in audits/units.csv ein

# Die Wörter einer Antwortbogen-Arbeitsmappe (vigie template): Vermerke neben der Frage, Hinweis und Fehlermeldung der Auswahlliste
sheet.critical = kritisch
sheet.evidence-required = Nachweis verlangt
sheet.prompt = Mögliche Antworten: {words}
sheet.error = Wählen Sie eine Antwort aus der Liste: {words} (oder lassen Sie die Zelle leer).

# Warum eine Arbeitsmappe nicht gelesen werden kann (WorkbookProblem, in unreadable-workbook)
workbook.legacy = Das ist keine .xlsx-Arbeitsmappe, sondern eine alte Excel-Datei (.xls) oder eine kennwortgeschützte Arbeitsmappe; entfernen Sie das Kennwort oder speichern Sie sie als «Excel-Arbeitsmappe (.xlsx)»
workbook.not-zip = Das ist keine .xlsx-Arbeitsmappe (kein Zip-Paket); speichern Sie sie als «Excel-Arbeitsmappe (.xlsx)» oder als «CSV UTF-8»
workbook.truncated = Die Arbeitsmappe ist abgeschnitten oder beschädigt (ihr Zip-Verzeichnis fehlt): Kopieren Sie sie nochmals oder speichern Sie sie in Excel neu
workbook.damaged = Die Arbeitsmappe ist beschädigt (ein Teil ihres Zips ist unlesbar oder hat eine falsche Prüfsumme): Speichern Sie sie in Excel neu
workbook.open-document = Das ist eine OpenDocument-Tabelle (.ods), umbenannt in .xlsx; speichern Sie sie als «Excel 2007-365 (.xlsx)»
workbook.binary-workbook = Das ist eine binäre Excel-Arbeitsmappe (.xlsb), umbenannt in .xlsx; speichern Sie sie als «Excel-Arbeitsmappe (.xlsx)»
workbook.no-workbook = Das Paket enthält keine Arbeitsmappe (xl/workbook.xml): Ist es eine Excel-Arbeitsmappe?
workbook.no-visible-sheet = Die Arbeitsmappe hat kein sichtbares Tabellenblatt zum Lesen
workbook.doctype = Der Teil {part} deklariert ein DOCTYPE oder eine ENTITY, was keine Tabellenkalkulation schreibt: Die Arbeitsmappe wird nicht gelesen
workbook.not-utf8 = Der Teil {part} ist kein UTF-8-XML (er enthält NUL-Bytes): Die Arbeitsmappe wird nicht gelesen
workbook.malformed = Der Teil {part} ist kein wohlgeformtes XML (bei seiner Zeile {line}): Die Arbeitsmappe ist beschädigt; speichern Sie sie in Excel neu
workbook.too-many-entries = Das Zip der Arbeitsmappe enthält {count} Einträge, mehr als die {limit}, die Vigie liest: Es ist kein Antwortbogen
workbook.part-too-large = Der Teil {part} wird entpackt grösser als {limit} MiB, weit mehr als ein Antwortbogen enthält: Die Arbeitsmappe wird nicht gelesen
workbook.budget-exceeded = Die Teile der Arbeitsmappe werden entpackt zusammen grösser als {limit} MiB, weit mehr als ein Antwortbogen enthält: Die Arbeitsmappe wird nicht gelesen
workbook.missing-part = Die Arbeitsmappe nennt den Teil {part}, enthält ihn aber nicht: Speichern Sie sie in Excel neu
workbook.too-many-strings = Die Arbeitsmappe enthält mehr als {limit} gemeinsame Zeichenfolgen: Es ist kein Antwortbogen
workbook.too-many-cells = Das Tabellenblatt enthält mehr als {limit} Zellen: Es ist kein Antwortbogen
workbook.too-many-fields = Die Zellen des Tabellenblatts reichen über mehr als {limit} Positionen (eine Zelle weit rechts oder unten): Es ist kein Antwortbogen
workbook.bad-row = Eine Zeilennummer «{text}» steht ausser der Reihe oder ausserhalb des Bereichs: Die Arbeitsmappe ist beschädigt
workbook.bad-reference = Ein Zellbezug «{text}» ist keine Zelle: Die Arbeitsmappe ist beschädigt
workbook.bad-shared-string = Diese Zelle verweist auf eine gemeinsame Zeichenfolge, die es nicht gibt: Die Arbeitsmappe ist beschädigt
workbook.formula-without-value = Diese Zelle enthält eine Formel ohne berechneten Wert (die Datei stammt von einem Programm, das nicht rechnet): Öffnen und speichern Sie sie in Excel oder LibreOffice, oder tippen Sie den Wert ein
workbook.xml = Der Teil {part} kann nicht gelesen werden: {detail}
"""#
}
