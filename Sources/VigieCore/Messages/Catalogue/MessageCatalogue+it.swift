extension MessageCatalogue {
    /// Italiano, come si scrive in Svizzera: «…».
    /// One message a line, `key = message` (the syntax: `CatalogueParser`); edit the words, keep the keys and `{…}`.
    static let italianTable = #"""
# Come modificare questa tabella: vedete l'inizio di MessageCatalogue+en.swift (cambiate solo le parole, mai le chiavi né le {…}).
# Le parole che uniscono gli elenchi, il separatore delle migliaia, le virgolette attorno a un elemento.
@and = e
@or = o
@group = '
@quote = «{item}»

# I rilievi (DiagnosticMessage)
file-too-large = il file pesa {mebibytes} MiB; Vigie legge file CSV fino a {limit} MiB, e un foglio delle risposte è molto più piccolo: è il file giusto?
folder-not-file = questa è una cartella, non un file CSV
special-file = questo non è un file normale (una pipe, un dispositivo o un socket): non viene letto
required-is-folder = questa è una cartella, non un file CSV: il catalogo ha bisogno di questo file
folder-skipped = questa è una cartella, non un file CSV; viene tralasciata
unreadable = il file non può essere aperto (verificate che esista e che abbiate il diritto di leggerlo)
link-loop = questo è un collegamento simbolico che rimanda a sé stesso (un ciclo): non c'è alcun file da leggere
dangling-link = questo è un collegamento simbolico verso un file che non esiste
read-failed = il file non ha potuto essere letto fino in fondo: {reason}
link-outside = questo file è un collegamento simbolico verso un luogo fuori dallo spazio di lavoro; non viene letto (copiate invece il file nello spazio di lavoro)
nul-byte = questo file non è un CSV di testo (contiene dati binari: un byte NUL su questa riga). È stato salvato come cartella di lavoro Excel o in UTF-16? Salvatelo come «CSV UTF-8»
renamed-workbook = questo file non è un CSV di testo ma una cartella di lavoro (.xlsx, .xls, .ods) rinominata; se è una cartella di lavoro Excel, chiamatela .xlsx (Vigie le legge), altrimenti apritela e salvatela come «CSV UTF-8»
utf16 = questo file è in UTF-16 (il «Testo Unicode» di Excel), che Vigie non legge; salvatelo come «CSV UTF-8»
utf32 = questo file è in UTF-32, che Vigie non legge; salvatelo come «CSV UTF-8»
binary = questo file non è un CSV di testo (contiene dati binari). È stato salvato come cartella di lavoro Excel? Salvatelo come «CSV UTF-8»
windows1252 = il file non è in UTF-8; è stato letto come Windows-1252 (il «CSV» semplice di Excel). Controllate gli accenti, oppure salvatelo come «CSV UTF-8»
empty-file = il file è vuoto: non ha né riga d'intestazione né righe, e viene tralasciato
header-only = il file ha la riga d'intestazione ma nessuna riga: non contiene risposte
empty-catalogue-file = il file è vuoto: il catalogo ha bisogno della riga d'intestazione e di almeno una riga
header-only-catalogue-file = il file ha la riga d'intestazione ma nessuna riga: il catalogo ne richiede almeno una
field-too-long = questa cella contiene {length} caratteri, più dei {limit} che una cella di un foglio di calcolo può contenere: probabilmente una virgoletta è fuori posto (un campo aperto con " prosegue sulle righe seguenti), oppure il file non è un CSV; il file non viene letto
inner-bom = un segno invisibile di ordine dei byte (U+FEFF) si trova all'interno del file, come quando due file CSV vengono incollati insieme; viene ignorato. Verificate che nessuna riga d'intestazione si ripeta più in basso
mixed-delimiters = questa riga è separata da {row} ma l'intestazione da {header} (il separatore è quello della riga d'intestazione), quindi viene letta come una sola cella invece di {columns}; usate un solo separatore in tutto il file. {rowsLeftOut, plural, one {La riga viene tralasciata} other {# righe come questa vengono tralasciate}}
extra-fields = questa riga ha {fields} campi ma l'intestazione solo {columns} colonne; il testo oltre l'ultima colonna viene ignorato
unterminated-quote = un campo tra virgolette aperto qui non viene mai chiuso (manca il " di chiusura)
field-out-of-memory = il file contiene un campo troppo grande per essere letto (memoria insufficiente)
csv-syntax = il file non può essere letto come CSV: {detail}
workbook = {problem}
workbook-too-large = la cartella di lavoro pesa {mebibytes} MiB; Vigie legge cartelle di lavoro fino a {limit} MiB, e un foglio delle risposte è molto più piccolo: è il file giusto?
workbook-field-too-long = questa cella contiene {length} caratteri, più dei {limit} che una cella di un foglio di calcolo può contenere: la cartella di lavoro non viene letta
workbook-extra-fields = questa riga ha testo oltre l'ultima colonna dell'intestazione ({columns} colonne); viene ignorato
empty-worksheet = il foglio «{name}» è vuoto: non ha né riga d'intestazione né righe, e viene tralasciato
no-workspace = questa non è una cartella; indicate il percorso di uno spazio di lavoro (una cartella con checklists/ e audits/)
no-catalogue = nessun catalogo trovato: uno spazio di lavoro ha bisogno di checklists/<nome>/domains.csv e criteria.csv (vigie init ne crea uno)
several-catalogues = ci sono più cataloghi ({names}); sceglietene uno con --catalogue
unknown-catalogue = in checklists/ non c'è alcun catalogo «{name}»{names, plural, =0 {} other { (ci sono: {names})}}
missing-file = questo file del catalogo manca
year-not-a-folder = «{name}» non è una cartella: i fogli delle risposte vanno in una cartella dell'anno (audits/{name}/*.csv); viene tralasciato
year-link-loop = «{name}» è un collegamento simbolico che gira in tondo, non una cartella: i fogli delle risposte vanno in una cartella dell'anno (audits/{name}/*.csv); viene tralasciato
year-out-of-range = l'anno {text} è fuori dagli anni che Vigie accetta (dal {lowest} al {highest})
unreadable-audits = il contenuto della cartella audits/ non può essere elencato (verificate di avere il diritto di leggerla): nessun foglio delle risposte viene letto
audits-not-a-folder = audits/ non è una cartella: i fogli delle risposte vanno in audits/<anno>/*.csv; nessuno viene letto
audits-link-loop = audits/ è un collegamento simbolico che gira in tondo: nessun foglio delle risposte viene letto
unreadable-folder = il contenuto di questa cartella dell'anno non può essere elencato (verificate di avere il diritto di leggerla): i suoi fogli delle risposte non vengono letti
unknown-setting = «{key}» non è un'impostazione che Vigie conosce ({known}); la riga viene ignorata
unknown-language = «{value}» non è una lingua che Vigie parla; scrivete fr, de, it o en (la riga viene ignorata)
unknown-text-language = colonna «{column}»: «{suffix}» non è una lingua che Vigie parla; chiamatela {field}_fr, {field}_de, {field}_it o {field}_en (la colonna viene ignorata)
duplicate-column = la colonna «{name}» compare due volte (la prima nella colonna {firstColumn}); eliminatene o rinominatene una
missing-column = manca la colonna obbligatoria «{name}» (l'intestazione contiene {present, plural, =0 {nessun nome} other {{present, list, quoted}{more, plural, =0 {} other { e altri #}}}})
missing-id = l'identificativo {table, select, domain {di ambito} criterion {di criterio} other {di unità}} è vuoto
bad-id = «{text}» non è un identificativo {table, select, domain {di ambito} criterion {di criterio} other {di unità}} valido: usate solo lettere, cifre, «-», «_» e «.»
duplicate-domain = l'identificativo di ambito «{id}» è definito due volte; il primo si trova in {first}
duplicate-criterion = l'identificativo di criterio «{id}» è definito due volte; il primo si trova in {first}
duplicate-unit = l'identificativo di unità «{id}» è definito due volte; il primo si trova in {first}
criterion-without-domain = il criterio «{id}» non ha un ambito
unknown-domain = ambito sconosciuto «{id}»: non figura in domains.csv{suggestion, select, none {} other {; intendevate «{suggestion}»?}}
unknown-scale = scala sconosciuta «{text}»; scrivete ternary (soddisfatto / parziale / non soddisfatto), binary (soddisfatto / non soddisfatto) o level (da 0 a 4)
criterion-years-inverted = «until» ({until}) precede «since» ({since}): il criterio non si applicherebbe mai
unit-years-inverted = «until» ({until}) precede «since» ({since}): l'unità non esisterebbe mai
bad-min-score = «{text}» non è un punteggio tra 0 e 100
duplicate-level = due livelli iniziano allo stesso punteggio {score}; il primo si trova in {first}
criterion-replaces-itself = il criterio «{id}» non può sostituire sé stesso
unknown-replaced-criterion = criterio sconosciuto «{id}»: non figura in criteria.csv{suggestion, select, none {} other {; intendevate «{suggestion}»?}}
unit-replaces-itself = l'unità «{id}» non può sostituire sé stessa
unknown-replaced-unit = unità sconosciuta «{id}»: non figura in units.csv{suggestion, select, none {} other {; intendevate «{suggestion}»?}}
unknown-parent = unità sconosciuta «{id}»: non figura in units.csv{suggestion, select, none {} other {; intendevate «{suggestion}»?}}
own-parent = l'unità «{id}» non può essere l'unità superiore di sé stessa
parent-cycle = questi identificativi formano un ciclo attraverso «parent»: {ids, list, arrow}
replaces-cycle = questi identificativi formano un ciclo attraverso «replaces»: {ids, list, arrow}
bad-weight = «{text}» non è un numero positivo; scrivete un peso come 1, 2 o 1.5 (va bene anche 1,5)
weight-too-large = «{text}» supera il peso massimo che Vigie accetta ({limit}); scrivete un peso come 1, 2 o 1.5
bad-boolean = «{text}» non è né sì né no; scrivete oui o non (vanno bene anche sì/no, yes/no e 1/0)
bad-year = «{text}» non è un anno; scrivete quattro cifre, per esempio 2025
year-mismatch = la riga indica {year} ma il file si trova nella cartella {folder}; spostate il file o correggete l'anno
missing-unit = l'unità è vuota: scrivete l'identificativo dell'unità a cui appartiene questa risposta
unknown-unit = unità sconosciuta «{id}»: non figura in audits/units.csv{suggestion, select, none {} other {; intendevate «{suggestion}»?}}
more-unknown-unit-rows = … e {count, plural, one {un'altra riga} other {altre {count, number} righe}} dell'unità «{id}» (lo stesso errore)
more-unknown-criterion-rows = … e {count, plural, one {un'altra riga} other {altre {count, number} righe}} del criterio «{id}» (lo stesso errore)
missing-criterion = il criterio è vuoto: scrivete l'identificativo del criterio a cui rispondete
unknown-criterion = criterio sconosciuto «{id}»: non figura nel catalogo «{catalogue}»{suggestion, select, none {} other {; intendevate «{suggestion}»?}}
unknown-answer = «{word}» non è una risposta che Vigie capisce; scrivete {allowed, select, none {sì, parziale, no o non applicabile (oppure oui, partiel, non, sans objet)} other {{allowed}}}
answer-off-scale = {scale, select, level {al criterio «{criterion}» si risponde con un livello da 0 a 4 (o {notApplicable}), non con «{word}»} binary {al criterio «{criterion}» si risponde soddisfatto o non soddisfatto ({allowed}), non «{word}»} other {al criterio «{criterion}» si risponde {allowed}, non con il livello «{word}»}}
duplicate-answer = l'unità «{unit}» risponde due volte a «{criterion}» nel {year}; la prima risposta si trova in {first}
criterion-out-of-years = il criterio «{criterion}» si applica solo {span, select, same {nel {since}} range {dal {since} al {until}} from {dal {since} in poi} until {fino al {until}} other {sempre}}; questa risposta del {year} viene ignorata
unit-out-of-years = l'unità «{unit}» ha risposte nel {year} ma secondo units.csv esiste solo {span, select, same {nel {since}} range {dal {since} al {until}} from {dal {since} in poi} until {fino al {until}} other {sempre}}; le sue risposte vengono comunque valutate
na-without-comment = «{criterion}» è indicato come non applicabile senza commento; spiegate perché non si applica
missing-evidence = «{criterion}» richiede un documento giustificativo quando è soddisfatto o parzialmente soddisfatto, e la risposta «{answer}» non ne cita alcuno
bad-date = «{text}» non è una data che Vigie sa leggere; scrivete gg.mm.aaaa o aaaa-mm-gg
missing-answers = l'unità «{unit}» non ha risposta nel {year} per {count} {count, plural, one {criterio} other {criteri}} del catalogo (contati come senza risposta): {criteria}{more, plural, =0 {} other {, …}}
not-started = il foglio delle risposte dell'unità «{unit}» per il {year} non è iniziato: nessun criterio ha ancora una risposta. Finché sarà così, l'unità non ha punteggio quell'anno e resta fuori da classifiche, aggregati e tendenze
missing-action = la misura è vuota: indicate che cosa verrà fatto
bad-due-date = «{text}» non è una scadenza che Vigie sa leggere; scrivete gg.mm.aaaa o aaaa-mm-gg
unknown-status = «{word}» non è uno stato che Vigie capisce; scrivete prévu, en cours, fait o abandonné (planned, in progress, done, dropped; geplant, in Bearbeitung, erledigt, verworfen)

# La riga di comando (Wording)
cli.cell = riga {row}, colonna {letter}{name, select, none {} other { ({name})}}
cli.row = riga {row}
cli.column = colonna «{name}»
cli.criterion = criterio {id}
cli.colon = :\s
cli.summary = {errors, plural, one {# errore} other {# errori}}, {warnings, plural, one {# avviso} other {# avvisi}}{notes, plural, =0 {} one {, # nota} other {, # note}} in {files} file
cli.warnings-hidden = {count, plural, one {1 avviso (eseguite «vigie validate» per vederlo)} other {# avvisi (eseguite «vigie validate» per vederli)}}
cli.created = Spazio di lavoro creato in {directory}:
cli.next-steps = Prossimi passi:\n  1. elencate i vostri dipartimenti e servizi in {directory}/audits/units.csv\n  2. vigie template {directory} --year {year}     (un foglio delle risposte per unità)\n  3. compilate i fogli in audits/{year}/, poi: vigie validate {directory}\n  4. vigie report {directory}
cli.wrote-sheets = {count, plural, one {1 foglio delle risposte scritto:} other {# fogli delle risposte scritti:}}
cli.wrote-pages = {count} pagine scritte in {destination}
cli.out-not-a-folder = {path} esiste e non è una cartella
cli.out-foreign-files = {path} contiene file che Vigie non ha scritto ({files}{more, plural, =0 {} other {, …}}); scegliete un altro --out o usate --force per sostituire la cartella
cli.out-contains-workspace = {path} è lo spazio di lavoro o lo contiene; scegliete un altro --out
cli.out-link-loop = {path} è un collegamento simbolico che gira in tondo; scegliete un altro --out
cli.out-busy = un altro vigie sta scrivendo un rapporto in {path} proprio ora; non è stato scritto nulla (riprovate quando avrà finito)
cli.workspace-exists = {root} contiene già uno spazio di lavoro (c'è {marker}); vigie init non ne sovrascrive mai uno. Scegliete una nuova cartella.
cli.root-is-file = {root} è un file, non una cartella
cli.reports-is-a-file = {path} è un file, dove va la cartella reports/ dello spazio di lavoro; spostatelo o scegliete una nuova cartella. Non è stato scritto nulla.
cli.sheets-hold-answers = questi fogli contengono già risposte e sono stati lasciati come sono (usate --force per sovrascriverli):{paths, list, lines}
cli.answered-elsewhere = {path} (contiene le risposte di {unit})
cli.table-head = Catalogo {catalogue} (impronta {fingerprint}), copertura minima {minimumCoverage}
cli.heading = {column, select, score {punteggio} rating {valutazione} coverage {copertura} rank {rango} other {nota}}
cli.not-started = non iniziato
cli.incomplete = incompleto
cli.own-unit = (propria)
cli.canton = Cantone
cli.capped-by = limitato da {criteria}
cli.mean-of = media di {count}
cli.incomplete-left-out = {count, plural, one {1 incompleto escluso} other {# incompleti esclusi}}
cli.not-started-left-out = {count, plural, one {1 non iniziato} other {# non iniziati}}
cli.campaign = {year}: campagna in corso, {started} unità su {units} iniziate, {complete} complete (vigie score --year {year})
cli.earlier-years = Anni precedenti: {years} (vigie score --year A)
cli.bad-date-option = --date richiede una data AAAA-MM-GG, ricevuto «{given}»
cli.bad-init-date = --date richiede una data scritta AAAA-MM-GG (o GG.MM.AAAA)
cli.bad-source-date-epoch = SOURCE_DATE_EPOCH deve essere un numero di secondi dal 1970-01-01, ricevuto «{given}»
cli.coverage-bad-percentage = --min-coverage richiede una percentuale da 0% a 100%, ricevuto «{given}»
cli.coverage-not-a-number = --min-coverage richiede una frazione da 0 a 1 (per esempio 0.8) o una percentuale con % (per esempio 80%), ricevuto «{given}»
cli.coverage-ambiguous = --min-coverage «{given}» supera 1: per una percentuale scrivete «{given}%», per una frazione un numero da 0 a 1
cli.year-option-out-of-range = --year richiede un anno dal {lowest} al {highest}, ricevuto {year}
cli.empty-path-option = {option} richiede il percorso di una cartella, ricevuto un percorso vuoto (per la cartella corrente scrivete {option} .)
cli.year-not-audited = nessuna unità è stata verificata nel {year}; anni verificati: {audited}
cli.unknown-unit = unità sconosciuta «{id}»{suggestion, select, none {} other {; intendevate «{suggestion}»?}}
cli.no-unit-for-sheets = non c'è alcuna unità per cui scrivere un foglio: elencate prima le unità in audits/units.csv

# Le parole di una cartella di lavoro delle risposte (vigie template): note accanto alla domanda, suggerimento ed errore dell'elenco a discesa
sheet.critical = critico
sheet.evidence-required = giustificativo richiesto
sheet.prompt = Risposte possibili: {words}
sheet.error = Scegliete una risposta dall'elenco: {words} (o lasciate vuota la cella).

# Perché una cartella di lavoro non può essere letta (WorkbookProblem, in unreadable-workbook)
workbook.legacy = questa non è una cartella di lavoro .xlsx ma un vecchio file Excel (.xls) o una cartella protetta da password; togliete la password o salvatela come «Cartella di lavoro di Excel (.xlsx)»
workbook.not-zip = questa non è una cartella di lavoro .xlsx (non è un pacchetto zip); salvatela come «Cartella di lavoro di Excel (.xlsx)» o come «CSV UTF-8»
workbook.truncated = la cartella di lavoro è troncata o danneggiata (manca la sua directory zip): copiatela di nuovo o salvatela di nuovo da Excel
workbook.damaged = la cartella di lavoro è danneggiata (una parte del suo zip è illeggibile o ha un checksum errato): salvatela di nuovo da Excel
workbook.open-document = questo è un foglio di calcolo OpenDocument (.ods) rinominato .xlsx; salvatelo come «Excel 2007-365 (.xlsx)»
workbook.binary-workbook = questa è una cartella di lavoro binaria di Excel (.xlsb) rinominata .xlsx; salvatela come «Cartella di lavoro di Excel (.xlsx)»
workbook.no-workbook = il pacchetto non contiene una cartella di lavoro (xl/workbook.xml): è davvero una cartella di lavoro Excel?
workbook.no-visible-sheet = la cartella di lavoro non ha alcun foglio visibile da leggere
workbook.doctype = la parte {part} dichiara un DOCTYPE o una ENTITY, che nessun foglio di calcolo scrive: la cartella di lavoro non viene letta
workbook.not-utf8 = la parte {part} non è XML UTF-8 (contiene byte NUL): la cartella di lavoro non viene letta
workbook.malformed = la parte {part} non è XML ben formato (verso la sua riga {line}): la cartella di lavoro è danneggiata; salvatela di nuovo da Excel
workbook.too-many-entries = lo zip della cartella di lavoro contiene {count} voci, più delle {limit} che Vigie legge: non è un foglio delle risposte
workbook.part-too-large = la parte {part} supera {limit} MiB una volta decompressa, molto più di un foglio delle risposte: la cartella di lavoro non viene letta
workbook.budget-exceeded = le parti della cartella di lavoro superano insieme {limit} MiB una volta decompresse, molto più di un foglio delle risposte: la cartella di lavoro non viene letta
workbook.missing-part = la cartella di lavoro nomina la parte {part} ma non la contiene: salvatela di nuovo da Excel
workbook.too-many-strings = la cartella di lavoro contiene più di {limit} stringhe condivise: non è un foglio delle risposte
workbook.too-many-cells = il foglio contiene più di {limit} celle: non è un foglio delle risposte
workbook.too-many-fields = le celle del foglio si estendono su più di {limit} posizioni (una cella molto a destra o molto in basso): non è un foglio delle risposte
workbook.bad-row = un numero di riga «{text}» è fuori ordine o fuori intervallo: la cartella di lavoro è danneggiata
workbook.bad-reference = un riferimento «{text}» non è una cella: la cartella di lavoro è danneggiata
workbook.bad-shared-string = questa cella rimanda a una stringa condivisa che non esiste: la cartella di lavoro è danneggiata
workbook.formula-without-value = questa cella contiene una formula senza valore calcolato (il file è stato scritto da un programma che non calcola): apritelo in Excel o LibreOffice e salvatelo, oppure digitate il valore
workbook.xml = la parte {part} non può essere letta: {detail}
"""#
}
