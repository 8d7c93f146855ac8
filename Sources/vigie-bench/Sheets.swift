/// One answer sheet: a unit's answers for a year, written as a user's spreadsheet would save it.
enum SheetMaker {
    static let assessors = [
        "L. Theurillat", "U. Gerber", "N. Cattin", "M. Rossé", "C. Chappuis", "A. Frund", "S. Juillerat", "P. Voirol",
        "F. Beuret", "J. Schaller", "É. Queloz", "R. Müller", "T. Boillat", "D. Crevoisier", "H. Steullet", "K. Nguyen",
    ]

    /// met, partial, not met, not applicable, by language (fr, de, en).
    static let words: [[String]] = [
        ["oui", "partiel", "non", "sans objet"],
        ["ja", "teilweise", "nein", "entfällt"],
        ["met", "partial", "not met", "n/a"],
    ]

    static let evidence: [String] = [
        "PV séance de direction {U} du {D}, point {N}",
        "Lettre de mission du {D}",
        "Organigramme {U} au {D}",
        "https://intranet.example.ch/{u}/doc-{N}.pdf",
        "Rapport annuel {Y}, chap. {N}",
        "Annonce n° {N}; grille d'entretien",
        "Cahier des charges, art. {N}",
        "Feuille de route {U}, bilan du {D}",
        "Registre des formations {Y}",
        "Contrat-cadre {N}/{Y}, clause 7",
    ]

    static let comments: [String] = [
        "Mise en œuvre en cours, premier bilan attendu.",
        "Pas d'objectif écrit pour l'instant ; le chef de service en a parlé en séance.",
        "Représentant désigné, agenda difficile.",
        "Poste vacant depuis le départ de la titulaire.",
        "Constat de l'audit :\n- guichet sans interprète\n- formulaire en français seulement",
        "La direction parle d'un \"chantier prioritaire\" sans calendrier.",
        "Amélioration nette depuis {P}, à confirmer.",
        "Budget refusé, reporté à {Y1}.",
        "Formation suivie par 12 collaborateurs, 3 cadres.",
        "Voir aussi le rapport du Bureau de l'intégration ; suivi trimestriel.",
    ]

    static let naComments: [String] = [
        "Pas de guichet ouvert au public.",
        "L'unité n'engage pas de personnel en {Y}.",
        "Aucun marché public passé dans l'année.",
        "Sans prestation en ligne.",
    ]

    /// Whether the line is audited in the year (a few units skip a year, new ones start later).
    static func isAudited(_ line: ServiceLine, year: Int, _ p: Parameters) -> Bool {
        if year < line.firstYear { return false }
        if year == p.lastYear { return noise(p.seed, 10, UInt64(line.index), UInt64(year)) >= 0.02 }
        return noise(p.seed, 10, UInt64(line.index), UInt64(year)) >= 0.035
    }

    static func dialect(_ line: ServiceLine, year: Int, _ p: Parameters) -> (Dialect, windows1252: Bool) {
        let r = noise(p.seed, 11, UInt64(line.index), UInt64(year))
        let dialect: Dialect = switch p.shape.dialect {
        case .mixed: r < 0.5 ? .excel : .plain
        case .excel: .excel
        case .plain: .plain
        }
        // The same draw as the dialect's: Windows-1252 files are Excel's first, as Excel saves its plain "CSV".
        return (dialect, r < p.shape.windows1252)
    }

    /// The long texts of `--long-texts`, from their own stream (the answers' stream is left as it is).
    static let longEvidence = "https://intranet.example.ch/{u}/{Y}/dossiers/egalite-de-traitement/pieces-justificatives/document-{N}-version-definitive-signee.pdf"
    static let longComment = """
        Constat de l'audit du {D} :
        - guichet sans interprète le matin, interprète sur rendez-vous seulement
        - formulaires en français seulement, traduction demandée au service juridique
        Suivi prévu en {Y1} avec le Bureau de l'intégration ; voir aussi le procès-verbal n° {N}.
        """

    static func fill(_ template: String, unit: String, year: Int, date: String, n: Int) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        return template
            .replacingOccurrences(of: "{U}", with: unit)
            .replacingOccurrences(of: "{u}", with: unit.lowercased())
            .replacingOccurrences(of: "{D}", with: date)
            .replacingOccurrences(of: "{N}", with: String(n))
            .replacingOccurrences(of: "{Y1}", with: String(year + 1))
            .replacingOccurrences(of: "{Y}", with: String(year))
            .replacingOccurrences(of: "{P}", with: String(year - 1))
    }

    /// The sheet's bytes and its number of answer rows.
    static func make(_ line: ServiceLine, year: Int, criteria: [Criterion], _ p: Parameters) -> (bytes: [UInt8], rows: Int) {
        var random = SplitMix64(p.seed, 12, UInt64(line.index), UInt64(year))
        let (dialect, windows1252) = dialect(line, year: year, p)
        let unit = line.id(in: year, reorganisation: p.reorganisation)
        var out = CSVOut(dialect: dialect, capacity: 12_288, byteOrderMark: dialect == .excel && !windows1252)
        let header = ["year", "unit", "criterion", "answer", "evidence", "comment", "assessor", "date"]
        out.row(random.chance(0.05) ? header.map { $0.prefix(1).uppercased() + $0.dropFirst() } : header)
        let assessor = random.pick(assessors)
        let month = 3 + random.below(8), day = 1 + random.below(28)
        let two = { (n: Int) in n < 10 ? "0\(n)" : String(n) }
        let date = dialect == .excel ? "\(two(day)).\(two(month)).\(year)" : "\(year)-\(two(month))-\(two(day))"
        let yearText = String(year)
        // The unit's maturity this year: a slow drift plus a yearly wobble.
        let maturity = line.maturity + line.drift * Double(year - p.firstYear) + (noise(p.seed, 13, UInt64(line.index), UInt64(year)) - 0.5) * 0.12
        let words = switch p.shape.words {
        case .mixed: words[line.language]
        case .fr: words[0]
        case .de: words[1]
        case .en: words[2]
        }
        var texts = SplitMix64(p.seed, 15, UInt64(line.index), UInt64(year))
        // The rows in catalogue order (the answers' values are drawn in that order), written in the shape's order.
        var rows: [(criterion: Int, fields: [String])] = []
        for (k, criterion) in criteria.enumerated() where criterion.applies(in: year) {
            // A stable affinity of the unit for the criterion, so that answers evolve rather than jump.
            let affinity = (noise(p.seed, 14, UInt64(line.index), UInt64(k)) - 0.5) * 0.5
            let level = maturity - criterion.difficulty + affinity + (random.unit() - 0.5) * 0.16
            var word: String
            var positive = false
            var notApplicable = false
            let roll = random.unit()
            if roll < 0.02 {
                word = words[3]
                notApplicable = true
            } else if roll < 0.023 {
                word = ""
            } else {
                switch criterion.scale {
                case .ternary:
                    if level > 0.6 { word = words[0]; positive = true }
                    else if level > 0.38 { word = words[1]; positive = true }
                    else { word = words[2] }
                case .binary:
                    if level > 0.5 { word = words[0]; positive = true } else { word = words[2] }
                case .level:
                    let k = max(0, min(4, Int(level * 5)))
                    word = String(k)
                    positive = k > 0
                }
            }
            // Evidence: always where the criterion asks for it and the answer is positive, else now and then.
            var proof = ""
            if positive && (criterion.evidence || random.chance(0.25)) {
                proof = fill(random.pick(evidence), unit: unit, year: year, date: date, n: 1 + random.below(40))
            }
            var comment = ""
            if notApplicable {
                comment = fill(random.pick(naComments), unit: unit, year: year, date: date, n: 0)
            } else if random.chance(0.12) {
                comment = fill(random.pick(comments), unit: unit, year: year, date: date, n: 0)
            }
            if p.shape.longTexts {
                if positive { proof = fill(longEvidence, unit: unit, year: year, date: date, n: 1 + texts.below(400)) }
                if !notApplicable && texts.chance(0.33) { comment = fill(longComment, unit: unit, year: year, date: date, n: 1 + texts.below(90)) }
            }
            rows.append((k, [yearText, unit, criterion.id, word, proof, comment, assessor, date]))
        }
        let order = p.shape.rowOrder(domains: rows.map { criteria[$0.criterion].domain }, seed: p.seed, unit: line.index, year: year)
        for position in order { out.row(rows[position].fields) }
        return (windows1252 ? Windows1252.encode(out.bytes) : out.bytes, rows.count)
    }
}
