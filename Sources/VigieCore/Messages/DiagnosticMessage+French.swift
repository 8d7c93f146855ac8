extension DiagnosticMessage {
    /// French, as the canton writes it: « feuille de réponses », « critère », « unité »; a no-break space before
    /// : ; ? ! and inside « ».
    var french: String {
        switch self {
        case let .fileTooLarge(size, limit):
            "le fichier fait \(size) Mio ; Vigie lit des fichiers CSV jusqu'à \(limit) Mio, et une feuille de réponses est bien plus petite : est-ce le bon fichier ?"
        case .folderNotFile: "ceci est un dossier, pas un fichier CSV"
        case .specialFile: "ceci n'est pas un fichier ordinaire (un tube, un périphérique ou un socket) : il n'est pas lu"
        case .requiredIsFolder: "ceci est un dossier, pas un fichier CSV : le catalogue a besoin de ce fichier"
        case .folderSkipped: "ceci est un dossier, pas un fichier CSV ; il est ignoré"
        case .unreadable: "le fichier ne peut pas être ouvert (vérifiez qu'il existe et que vous avez le droit de le lire)"
        case .linkLoop: "ceci est un lien symbolique qui renvoie à lui-même (une boucle) : il n'y a aucun fichier à lire"
        case .danglingLink: "ceci est un lien symbolique vers un fichier qui n'existe pas"
        case let .readFailed(reason): "le fichier n'a pas pu être lu jusqu'au bout : \(reason)"
        case .linkOutside: "ce fichier est un lien symbolique vers un emplacement hors de l'espace de travail ; il n'est pas lu (copiez plutôt le fichier dans l'espace de travail)"
        case .nulByte:
            "ce fichier n'est pas un CSV texte (il contient des données binaires : un octet NUL sur cette ligne). A-t-il été enregistré comme classeur Excel, ou en UTF-16 ? Enregistrez-le au format « CSV UTF-8 »"
        case .renamedWorkbook:
            "ce fichier n'est pas un CSV texte mais un classeur (.xlsx, .xls, .ods) renommé ; si c'est un classeur Excel, nommez-le .xlsx (Vigie les lit), sinon ouvrez-le et enregistrez-le au format « CSV UTF-8 »"
        case .utf16: "ce fichier est en UTF-16 (le « Texte Unicode » d'Excel), que Vigie ne lit pas ; enregistrez-le au format « CSV UTF-8 »"
        case .utf32: "ce fichier est en UTF-32, que Vigie ne lit pas ; enregistrez-le au format « CSV UTF-8 »"
        case .binary: "ce fichier n'est pas un CSV texte (il contient des données binaires). A-t-il été enregistré comme classeur Excel ? Enregistrez-le au format « CSV UTF-8 »"
        case .windows1252:
            "le fichier n'est pas en UTF-8 ; il a été lu en Windows-1252 (le « CSV » simple d'Excel). Vérifiez ses accents, ou enregistrez-le au format « CSV UTF-8 »"
        case .emptyFile: "le fichier est vide : il n'a ni ligne d'en-tête ni lignes, et il est ignoré"
        case .headerOnly: "le fichier a sa ligne d'en-tête mais aucune ligne : il ne contient aucune réponse"
        case .emptyCatalogueFile: "le fichier est vide : le catalogue a besoin de sa ligne d'en-tête et d'au moins une ligne"
        case .headerOnlyCatalogueFile: "le fichier a sa ligne d'en-tête mais aucune ligne : le catalogue en a besoin d'au moins une"
        case let .fieldTooLong(length, limit):
            "cette cellule contient \(length) caractères, plus que les \(limit) qu'une cellule de tableur peut contenir : un guillemet est probablement mal placé (un champ ouvert par \" continue sur les lignes suivantes), ou le fichier n'est pas un CSV ; le fichier n'est pas lu"
        case .innerBOM:
            "une marque d'ordre des octets invisible (U+FEFF) se trouve à l'intérieur du fichier, comme lorsque deux fichiers CSV ont été collés l'un à l'autre ; elle est ignorée. Vérifiez qu'aucune ligne d'en-tête ne se répète plus bas"
        case let .mixedDelimiters(row, header, columns, rows):
            "cette ligne est séparée par \(row) mais l'en-tête par \(header) (le séparateur est celui de la ligne d'en-tête) : elle se lit comme une seule cellule au lieu de \(columns) ; utilisez un seul séparateur dans tout le fichier. "
                + Self.frenchLeftOut(rows)
        case let .extraFields(fields, columns):
            "cette ligne a \(fields) champs mais l'en-tête seulement \(columns) colonnes ; le texte au-delà de la dernière colonne est ignoré"
        case .unterminatedQuote: "un champ entre guillemets ouvert ici n'est jamais fermé (il manque le \" fermant)"
        case .fieldOutOfMemory: "le fichier a un champ trop grand pour être lu (mémoire insuffisante)"
        case let .csvSyntax(detail): "le fichier ne peut pas être lu comme CSV : \(detail)"
        case let .workbook(problem): problem.text(in: .fr)
        case let .workbookTooLarge(size, limit):
            "le classeur fait \(size) Mio ; Vigie lit des classeurs jusqu'à \(limit) Mio, et une feuille de réponses est bien plus petite : est-ce le bon fichier ?"
        case let .workbookFieldTooLong(length, limit):
            "cette cellule contient \(length) caractères, plus que les \(limit) qu'une cellule de tableur peut contenir : le classeur n'est pas lu"
        case let .workbookExtraFields(columns):
            "cette ligne a du texte au-delà de la dernière colonne de l'en-tête (\(columns) colonnes) ; il est ignoré"
        case let .emptyWorksheet(name): "la feuille « \(name) » est vide : elle n'a ni ligne d'en-tête ni lignes, et elle est ignorée"
        case .noWorkspace: "ceci n'est pas un dossier ; indiquez le chemin d'un espace de travail (un dossier avec checklists/ et audits/)"
        case .noCatalogue:
            "aucun catalogue trouvé : un espace de travail a besoin de checklists/<nom>/domains.csv et criteria.csv (vigie init en crée un)"
        case let .severalCatalogues(names):
            "il y a plusieurs catalogues (\(names.joined(separator: ", "))) ; choisissez-en un avec --catalogue"
        case let .unknownCatalogue(name, names):
            "il n'y a pas de catalogue « \(name) » dans checklists/" + Self.frenchThereIs(names)
        case .missingFile: "ce fichier du catalogue manque"
        case let .yearNotAFolder(name):
            "« \(name) » n'est pas un dossier : les feuilles de réponses vont dans un dossier d'année (audits/\(name)/*.csv) ; il est ignoré"
        case let .yearLinkLoop(name):
            "« \(name) » est un lien symbolique qui tourne en boucle, pas un dossier : les feuilles de réponses vont dans un dossier d'année (audits/\(name)/*.csv) ; il est ignoré"
        case let .yearOutOfRange(text, lowest, highest): "l'année \(text) est hors des années que Vigie accepte (de \(lowest) à \(highest))"
        case .unreadableAudits: "le contenu du dossier audits/ ne peut pas être listé (vérifiez que vous avez le droit de le lire) : aucune feuille de réponses n'est lue"
        case .auditsNotAFolder: "audits/ n'est pas un dossier : les feuilles de réponses vont dans audits/<année>/*.csv ; aucune n'est lue"
        case .auditsLinkLoop: "audits/ est un lien symbolique qui tourne en boucle : aucune feuille de réponses n'est lue"
        case .unreadableFolder:
            "le contenu de ce dossier d'année ne peut pas être listé (vérifiez que vous avez le droit de le lire) : ses feuilles de réponses ne sont pas lues"
        case let .unknownSetting(key, known):
            "« \(key) » n'est pas un réglage que Vigie connaît (\(known.joined(separator: ", "))) ; la ligne est ignorée"
        case let .unknownLanguage(value): "« \(value) » n'est pas une langue que Vigie parle ; écrivez fr, de, it ou en (la ligne est ignorée)"
        case let .unknownTextLanguage(column, field, suffix):
            "colonne « \(column) » : « \(suffix) » n'est pas une langue que Vigie parle ; nommez-la \(field)_fr, \(field)_de, \(field)_it ou \(field)_en (la colonne est ignorée)"
        case let .duplicateColumn(name, first):
            "la colonne « \(name) » apparaît deux fois (la première fois en colonne \(first)) ; supprimez ou renommez l'une d'elles"
        case let .missingSheetColumn(column, present): DiagnosticMessage.missingColumn(name: column.name(in: .fr), present: present).french
        case let .missingColumn(name, present):
            "la colonne obligatoire « \(name) » manque (l'en-tête contient \(Self.frenchList(present)))"
        case let .missingID(table): "l'identifiant \(Self.frenchOf(table)) est vide"
        case let .badID(table, text):
            "« \(text) » n'est pas un identifiant \(Self.frenchOf(table)) valable : utilisez seulement des lettres, des chiffres, « - », « _ » et « . »"
        case let .duplicateDomain(id, first): "l'identifiant de domaine « \(id) » est défini deux fois ; le premier se trouve en \(first)"
        case let .duplicateCriterion(id, first): "l'identifiant de critère « \(id) » est défini deux fois ; le premier se trouve en \(first)"
        case let .duplicateUnit(id, first): "l'identifiant d'unité « \(id) » est défini deux fois ; le premier se trouve en \(first)"
        case let .criterionWithoutDomain(id): "le critère « \(id) » n'a pas de domaine"
        case let .unknownDomain(id, suggestion): "domaine inconnu « \(id) » : il ne figure pas dans domains.csv" + Self.frenchHint(suggestion)
        case let .unknownScale(text):
            "échelle inconnue « \(text) » ; écrivez ternary (atteint / partiel / non atteint), binary (atteint / non atteint) ou level (0 à 4)"
        case let .criterionYearsInverted(since, until):
            "« until » (\(until)) précède « since » (\(since)) : le critère ne s'appliquerait jamais"
        case let .unitYearsInverted(since, until): "« until » (\(until)) précède « since » (\(since)) : l'unité n'existerait jamais"
        case let .badMinScore(text): "« \(text) » n'est pas un score entre 0 et 100"
        case let .duplicateLevel(score, first): "deux niveaux commencent au même score \(score) ; le premier se trouve en \(first)"
        case let .criterionReplacesItself(id): "le critère « \(id) » ne peut pas se remplacer lui-même"
        case let .unknownReplacedCriterion(id, suggestion):
            "critère inconnu « \(id) » : il ne figure pas dans criteria.csv" + Self.frenchHint(suggestion)
        case let .unitReplacesItself(id): "l'unité « \(id) » ne peut pas se remplacer elle-même"
        case let .unknownReplacedUnit(id, suggestion), let .unknownParent(id, suggestion):
            "unité inconnue « \(id) » : elle ne figure pas dans units.csv" + Self.frenchHint(suggestion)
        case let .ownParent(id): "l'unité « \(id) » ne peut pas être sa propre unité parente"
        case let .parentCycle(ids): "ces identifiants forment une boucle par « parent » : \(Self.loop(ids))"
        case let .replacesCycle(ids): "ces identifiants forment une boucle par « replaces » : \(Self.loop(ids))"
        case let .badWeight(text):
            "« \(text) » n'est pas un nombre positif ; écrivez un poids comme 1, 2 ou 1,5 (1.5 convient aussi)"
        case let .weightTooLarge(text, limit):
            "« \(text) » dépasse le plus grand poids que Vigie accepte (\(limit)) ; écrivez un poids comme 1, 2 ou 1,5"
        case let .badBoolean(text): "« \(text) » n'est ni oui ni non ; écrivez oui ou non (yes/no et 1/0 conviennent aussi)"
        case let .badYear(text): "« \(text) » n'est pas une année ; écrivez quatre chiffres, par exemple 2025"
        case let .yearMismatch(year, folder):
            "la ligne indique \(year) mais le fichier se trouve dans le dossier \(folder) ; déplacez le fichier ou corrigez l'année"
        case .missingUnit: "l'unité est vide : écrivez l'identifiant de l'unité à laquelle appartient cette réponse"
        case let .unknownUnit(id, suggestion): "unité inconnue « \(id) » : elle ne figure pas dans audits/units.csv" + Self.frenchHint(suggestion)
        case let .moreUnknownUnitRows(count, id): "… et \(Self.frenchMoreRows(count)) de l'unité « \(id) » (la même erreur)"
        case let .moreUnknownCriterionRows(count, id): "… et \(Self.frenchMoreRows(count)) du critère « \(id) » (la même erreur)"
        case .missingCriterion: "le critère est vide : écrivez l'identifiant du critère auquel vous répondez"
        case let .unknownCriterion(id, catalogue, suggestion):
            "critère inconnu « \(id) » : il ne figure pas dans le catalogue « \(catalogue) »" + Self.frenchHint(suggestion)
        case let .unknownAnswer(word, scale):
            "« \(word) » n'est pas une réponse que Vigie comprend ; écrivez " + Self.frenchAllowed(scale)
        case let .answerOffScale(word, criterion, scale):
            switch scale {
            case .level: "le critère « \(criterion) » attend un niveau de 0 à 4 (ou \(AnswerVocabulary.choices(for: .level, in: .fr).last ?? "")), pas « \(word) »"
            case .binary: "le critère « \(criterion) » attend atteint ou non atteint (\(AnswerVocabulary.allowedWords(for: .binary, in: .fr))), pas « \(word) »"
            case .ternary: "le critère « \(criterion) » attend \(AnswerVocabulary.allowedWords(for: .ternary, in: .fr)), pas le niveau « \(word) »"
            }
        case let .duplicateAnswer(unit, criterion, year, first):
            "l'unité « \(unit) » répond deux fois au critère « \(criterion) » en \(year) ; la première réponse se trouve en \(first)"
        case let .criterionOutOfYears(criterion, since, until, year):
            "le critère « \(criterion) » ne s'applique que \(Self.frenchSpan(since, until)) ; cette réponse de \(year) est ignorée"
        case let .unitOutOfYears(unit, since, until, year):
            "l'unité « \(unit) » a des réponses en \(year) mais, selon units.csv, n'existe que \(Self.frenchSpan(since, until)) ; ses réponses sont tout de même évaluées"
        case let .naWithoutComment(criterion):
            "« \(criterion) » a pour réponse « sans objet » mais aucun commentaire ; expliquez pourquoi le critère ne s'applique pas"
        case let .missingEvidence(criterion, answer):
            "« \(criterion) » demande un justificatif lorsqu'il est atteint ou partiellement atteint, et la réponse « \(answer) » n'en cite aucun"
        case let .badDate(text): "« \(text) » n'est pas une date que Vigie sait lire ; écrivez jj.mm.aaaa ou aaaa-mm-jj"
        case let .missingAnswers(unit, year, criteria):
            "l'unité « \(unit) » n'a pas de réponse en \(year) pour \(Self.frenchCriteria(criteria.count)) du catalogue (comptés comme sans réponse) : \(Self.shown(criteria))"
        case let .notStarted(unit, year):
            "la feuille de réponses de l'unité « \(unit) » pour \(year) n'est pas commencée : aucun critère n'a encore de réponse. Tant que ce sera le cas, l'unité n'a pas de score cette année-là et reste hors des classements, des agrégats et des tendances"
        case .missingAction: "l'action est vide : indiquez ce qui sera fait"
        case let .badDueDate(text): "« \(text) » n'est pas une échéance que Vigie sait lire ; écrivez jj.mm.aaaa ou aaaa-mm-jj"
        case let .unknownStatus(word):
            "« \(word) » n'est pas un statut que Vigie comprend ; écrivez prévu, en cours, fait ou abandonné (planned, in progress, done, dropped ; geplant, in Bearbeitung, erledigt, verworfen)"
        }
    }

    static func frenchOf(_ table: Table) -> String {
        switch table {
        case .domain: "de domaine"
        case .criterion: "de critère"
        case .unit: "d'unité"
        }
    }

    static func frenchHint(_ suggestion: String?) -> String {
        guard let suggestion else { return "" }
        return " ; vouliez-vous dire « \(suggestion) » ?"
    }

    static func frenchThereIs(_ names: [String]) -> String {
        if names.isEmpty { return "" }
        return " (il y a : \(names.joined(separator: ", ")))"
    }

    static func frenchLeftOut(_ rows: Int) -> String {
        if rows == 1 { return "La ligne est laissée de côté" }
        return "\(rows) lignes comme celle-ci sont laissées de côté"
    }

    static func frenchList(_ names: [String]) -> String {
        list(names, quote: { "« \($0) »" }, more: { "et \($0) autres" }) ?? "aucun nom"
    }

    /// `1 autre ligne`, `3 000 autres lignes` (a narrow no-break space between thousands).
    static func frenchMoreRows(_ count: Int) -> String {
        if count < 2 { return "\(count) autre ligne" }
        return "\(grouped(count, " ")) autres lignes"
    }

    static func frenchCriteria(_ count: Int) -> String {
        if count == 1 { return "1 critère" }
        return "\(count) critères"
    }

    static func frenchAllowed(_ scale: Scale?) -> String {
        guard let scale else { return "oui, partiel, non ou sans objet" }
        return AnswerVocabulary.allowedWords(for: scale, in: .fr)
    }

    static func frenchSpan(_ since: Int?, _ until: Int?) -> String {
        switch (since, until) {
        case let (s?, u?) where s == u: "en \(s)"
        case let (s?, u?): "de \(s) à \(u)"
        case let (s?, nil): "à partir de \(s)"
        case let (nil, u?): "jusqu'en \(u)"
        case (nil, nil): "toujours"
        }
    }
}
