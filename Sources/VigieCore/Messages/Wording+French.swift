/// La ligne de commande en français (typographie suisse : espace insécable avant : ; ? ! et dans « »).
struct FrenchWording: Wording {
    func cell(_ row: Int, _ letter: String, _ name: String?) -> String {
        guard let name else { return "ligne \(row), colonne \(letter)" }
        return "ligne \(row), colonne \(letter) (\(name))"
    }
    func row(_ row: Int) -> String { "ligne \(row)" }
    func column(_ name: String) -> String { "colonne « \(name) »" }
    func criterion(_ id: String) -> String { "critère \(id)" }
    let colon = " : "

    /// In French, 0 and 1 take the singular: « 0 erreur, 1 avertissement ».
    func summary(errors: Int, warnings: Int, notes: Int, files: Int) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String {
            if n < 2 { return "\(n) \(one)" }
            return "\(n) \(many)"
        }
        var text = count(errors, "erreur", "erreurs") + ", " + count(warnings, "avertissement", "avertissements")
        if notes > 0 { text += ", " + count(notes, "remarque", "remarques") }
        return text + " dans " + count(files, "fichier", "fichiers")
    }

    func warningsHidden(_ count: Int) -> String {
        if count < 2 { return "\(count) avertissement (lancez « vigie validate » pour le voir)" }
        return "\(count) avertissements (lancez « vigie validate » pour les voir)"
    }

    func created(_ directory: String) -> String { "Espace de travail créé dans \(directory) :" }
    func nextSteps(_ directory: String, year: Int) -> String {
        """
        Étapes suivantes :
          1. inscrivez vos départements et services dans \(directory)/audits/units.csv
          2. vigie template \(directory) --year \(year)     (une feuille de réponses par unité)
          3. remplissez les feuilles dans audits/\(year)/, puis : vigie validate \(directory)
          4. vigie report \(directory)
        """
    }
    func wroteSheets(_ count: Int) -> String {
        if count < 2 { return "\(count) feuille de réponses écrite :" }
        return "\(count) feuilles de réponses écrites :"
    }
    func wrotePages(_ count: Int, _ destination: String) -> String { "\(count) pages écrites dans \(destination)" }
    func outNotAFolder(_ path: String) -> String { "\(path) existe et n'est pas un dossier" }
    func outForeignFiles(_ path: String, _ files: [String]) -> String {
        let shown = files.prefix(3).joined(separator: ", ") + (files.count > 3 ? ", …" : "")
        return "\(path) contient des fichiers que Vigie n'a pas écrits (\(shown)) ; choisissez un autre --out ou utilisez --force pour remplacer le dossier"
    }
    func outContainsWorkspace(_ path: String) -> String { "\(path) est l'espace de travail ou le contient ; choisissez un autre --out" }
    func outLinkLoop(_ path: String) -> String { "\(path) est un lien symbolique qui tourne en boucle ; choisissez un autre --out" }
    func outBusy(_ path: String) -> String {
        "un autre vigie écrit en ce moment un rapport dans \(path) ; rien n'a été écrit (relancez quand il aura terminé)"
    }
    func workspaceExists(_ root: String, marker: String) -> String {
        "\(root) contient déjà un espace de travail (il a \(marker)) ; vigie init n'en écrase jamais. Choisissez un nouveau dossier."
    }
    func rootIsFile(_ root: String) -> String { "\(root) est un fichier, pas un dossier" }
    func reportsIsAFile(_ path: String) -> String {
        "\(path) est un fichier, là où va le dossier reports/ de l'espace de travail ; déplacez-le ou choisissez un nouveau dossier. Rien n'a été écrit."
    }
    func sheetsHoldAnswers(_ paths: [String]) -> String {
        "ces feuilles contiennent déjà des réponses et n'ont pas été modifiées (utilisez --force pour les écraser) :\n"
            + paths.map { "  " + $0 }.joined(separator: "\n")
    }

    func answeredElsewhere(unit: String, path: String) -> String { "\(path) (il contient les réponses de \(unit))" }

    func tableHead(catalogue: String, fingerprint: String, minimumCoverage: String) -> String {
        "Catalogue \(catalogue) (empreinte \(fingerprint)), couverture minimale \(minimumCoverage)"
    }
    let columns = ["score", "appréciation", "couverture", "rang", "remarque"]
    let notStarted = "pas commencé"
    let incomplete = "incomplet"
    let ownUnit = "(propre)"
    let canton = "Canton"
    func cappedBy(_ criteria: [String]) -> String { "plafonné par \(criteria.joined(separator: ", "))" }
    func meanOf(_ count: Int) -> String { "moyenne de \(count)" }
    func incompleteLeftOut(_ count: Int) -> String {
        if count < 2 { return "\(count) incomplet écarté" }
        return "\(count) incomplets écartés"
    }
    func notStartedLeftOut(_ count: Int) -> String {
        if count < 2 { return "\(count) pas commencé" }
        return "\(count) pas commencés"
    }
    func campaign(_ year: Int, started: Int, complete: Int, units: Int) -> String {
        "\(year) : campagne en cours, \(started) unités sur \(units) commencées, \(complete) complètes (vigie score --year \(year))"
    }
    func earlierYears(_ years: [Int]) -> String {
        "Années précédentes : " + years.map(String.init).joined(separator: ", ") + " (vigie score --year A)"
    }

    func badDateOption(_ given: String) -> String { "--date attend une date AAAA-MM-JJ, reçu « \(given) »" }
    let badInitDate = "--date attend une date écrite AAAA-MM-JJ (ou JJ.MM.AAAA)"
    func badSourceDateEpoch(_ given: String) -> String {
        "SOURCE_DATE_EPOCH doit être un nombre de secondes depuis le 1970-01-01, reçu « \(given) »"
    }
    func coverageBadPercentage(_ given: String) -> String { "--min-coverage attend un pourcentage de 0 % à 100 %, reçu « \(given) »" }
    func coverageNotANumber(_ given: String) -> String {
        "--min-coverage attend une fraction de 0 à 1 (par exemple 0.8) ou un pourcentage avec % (par exemple 80%), reçu « \(given) »"
    }
    func coverageAmbiguous(_ given: String) -> String {
        "--min-coverage « \(given) » dépasse 1 : pour un pourcentage, écrivez « \(given)% », pour une fraction, un nombre de 0 à 1"
    }
    func yearOptionOutOfRange(_ year: Int, lowest: Int, highest: Int) -> String { "--year attend une année de \(lowest) à \(highest), reçu \(year)" }
    func emptyPathOption(_ option: String) -> String {
        "\(option) attend le chemin d'un dossier, reçu un chemin vide (pour le dossier courant, écrivez \(option) .)"
    }
    func yearNotAudited(_ year: Int, audited: [Int]) -> String {
        "aucune unité n'a été auditée en \(year) ; années auditées : \(audited.map(String.init).joined(separator: ", "))"
    }
    func unknownUnit(_ id: String, suggestion: String?) -> String {
        guard let suggestion else { return "unité inconnue « \(id) »" }
        return "unité inconnue « \(id) » ; vouliez-vous dire « \(suggestion) » ?"
    }
    let noUnitForSheets = "il n'y a aucune unité pour laquelle écrire une feuille : inscrivez d'abord les unités dans audits/units.csv"
}
