/// What a synthetic workspace is made of, decided from the parameters and the seed alone.
struct Parameters: Equatable {
    var units = 3000
    var criteria = 100
    var years = 10
    var seed: UInt64 = 42
    var lastYear = 2026
    /// How the sheets are laid out (row order, words, dialect, text lengths).
    var shape = SheetShape()

    /// Bump when the generator's output changes, so that cached workspaces are regenerated.
    static let generatorVersion = 4

    var firstYear: Int { lastYear - years + 1 }
    /// The year of the reorganisation (departments and a few services renamed), mid-way.
    var reorganisation: Int { firstYear + years / 2 }

    var stamp: String {
        "vigie-bench generator v\(Self.generatorVersion) units=\(units) criteria=\(criteria) years=\(years) seed=\(seed) last-year=\(lastYear)\(shape.stamp)\n"
    }
}

enum Scale: String {
    case ternary, binary, level
}

struct Domain {
    var id, title, description, weight: String
}

struct Criterion {
    var id: String
    var domain: Int
    var title, question, weight: String
    var critical: Bool
    var scale: Scale
    var legalBasis, guidance: String
    var evidence: Bool
    var since, until: Int?
    var replaces: String
    /// How hard the criterion is to meet (subtracted from a unit's maturity).
    var difficulty: Double

    func applies(in year: Int) -> Bool {
        if let since, year < since { return false }
        if let until, year > until { return false }
        return true
    }
}

struct Unit {
    var id, name, parent, kind: String
    var since, until: Int?
    var replaces: String
}

/// One audited line of the organisation: a service whose id may change at the reorganisation.
struct ServiceLine {
    var index: Int
    /// The id before the reorganisation, and after it (the same unless the service was renamed).
    var idBefore, idAfter: String
    /// The first year the service exists (a few are created after the first year).
    var firstYear: Int
    /// 0 French, 1 German, 2 English: the words its assessors answer with.
    var language: Int
    var maturity, drift: Double

    func id(in year: Int, reorganisation: Int) -> String {
        year < reorganisation ? idBefore : idAfter
    }
}

struct Organisation {
    var units: [Unit] = []
    var lines: [ServiceLine] = []
}

enum Catalogue {
    static let domains: [(String, String, String)] = [
        ("GOU", "Gouvernance et mandat", "Engagement de la direction, mandat écrit, feuille de route et pilotage de l'ouverture institutionnelle."),
        ("REC", "Recrutement, carrières et égalité salariale", "Annonces, procédures de sélection, promotions, reconnaissance des parcours et analyse salariale."),
        ("LAN", "Accès linguistique et langage simplifié", "Ce que l'unité fait pour que les personnes qui maîtrisent mal le français comprennent ses prestations."),
        ("ACC", "Accueil et guichets", "Égalité de traitement au guichet, formation et soutien du personnel d'accueil, canaux de contact équivalents."),
        ("COM", "Communication et images", "Textes, images et campagnes de l'unité : représentation de la diversité, absence de stéréotypes."),
        ("FOR", "Formation du personnel", "Sensibilisation et formation continue du personnel et des cadres à la non-discrimination."),
        ("SIG", "Signalements et plaintes", "Canaux de signalement, traitement des plaintes, protection des personnes qui signalent."),
        ("DON", "Données et suivi", "Statistiques, indicateurs et suivi des inégalités dans les prestations et le personnel."),
        ("MAR", "Marchés publics et partenaires", "Clauses de non-discrimination dans les marchés, subventions et mandats confiés à des tiers."),
        ("NUM", "Prestations numériques", "Accessibilité des formulaires et services en ligne, alternatives hors ligne."),
        ("AME", "Aménagements raisonnables", "Adaptations pour les personnes en situation de handicap, de santé ou de religion."),
        ("PIL", "Pilotage et évaluation", "Évaluation annuelle, plan d'action, rapport à la direction."),
    ]

    static let topics = [
        "mandat écrit", "feuille de route", "personne de référence", "groupe interservices", "annonces inclusives",
        "grille d'entretien", "analyse salariale", "interprétariat communautaire", "langage simplifié", "traductions",
        "formation de l'accueil", "canal de contact alternatif", "images de la diversité", "relecture des campagnes",
        "module de formation", "formation des cadres", "procédure de signalement", "registre des plaintes",
        "indicateurs annuels", "données ventilées", "clause contractuelle", "contrôle des mandataires",
        "formulaires accessibles", "alternative hors ligne", "aménagements de poste", "calendrier des fêtes",
        "bilan annuel", "plan d'action", "rapport à la direction", "retours du public",
    ]

    static let legal = [
        "Cst. art. 8 al. 2", "Cst. art. 35 al. 2; LEI art. 53 al. 1", "LEI art. 53 al. 2; OIE art. 2", "LEg art. 3",
        "LHand art. 2 et 3", "CEDR art. 2", "PIC 3 (2024–2027), protection contre la discrimination", "CP art. 261bis",
    ]

    /// Ten to twelve domains, then `count` criteria that apply every year, plus the ones a
    /// catalogue revision retires at the reorganisation; some of the criteria it adds reword a retired one (`replaces`).
    static func make(_ p: Parameters) -> (domains: [Domain], criteria: [Criterion]) {
        var random = SplitMix64(p.seed, 1)
        let domainCount = min(domains.count, max(1, p.criteria >= 100 ? 10 : max(1, p.criteria / 10)))
        var result: [Domain] = []
        for i in 0..<domainCount {
            let (id, title, description) = domains[i]
            result.append(Domain(id: id, title: title, description: description, weight: ["2", "1,5", "1", "1", "1.5"][i % 5]))
        }
        // Criteria of each year: `permanent` always, plus `revised` that apply before the reorganisation
        // and `revised` others after it.
        let revised = p.years >= 2 ? max(1, p.criteria / 25) : 0
        let permanent = p.criteria - revised
        var criteria: [Criterion] = []
        var numberInDomain = [Int](repeating: 0, count: domainCount)
        func newCriterion(_ k: Int, domain given: Int? = nil) -> Criterion {
            let domain = given ?? k % domainCount
            numberInDomain[domain] += 1
            let id = "\(result[domain].id)-\(numberInDomain[domain] < 10 ? "0" : "")\(numberInDomain[domain])"
            let topic = topics[(k * 7 + domain) % topics.count]
            let scale: Scale = k % 7 == 3 ? .level : (k % 5 == 1 ? .binary : .ternary)
            let guidance: String
            switch scale {
            case .level: guidance = "Niveaux : 0 rien n'est engagé ; 1 démarche planifiée ; 2 mise en œuvre en cours ; 3 mise en œuvre vérifiée par un bilan écrit ; 4 pratique ajustée."
            case .binary: guidance = "Atteint : un document validé par la direction en atteste (\(topic))."
            case .ternary: guidance = "Atteint : \(topic) en place et vérifié dans l'année. Partiel : démarche engagée mais incomplète, ou non vérifiée."
            }
            return Criterion(
                id: id, domain: domain, title: topic.prefix(1).uppercased() + topic.dropFirst() + " (\(id))",
                question: "L'unité dispose-t-elle d'un(e) \(topic) à jour, connu(e) du personnel et appliqué(e) ?",
                weight: ["1", "1", "2", "1,5", "3", "1", "0.5"][random.below(7)],
                critical: k % 13 == 4, scale: scale, legalBasis: legal[k % legal.count], guidance: guidance,
                evidence: k % 3 == 0, since: nil, until: nil, replaces: "",
                difficulty: random.uniform(-0.2, 0.3))
        }
        for k in 0..<permanent { criteria.append(newCriterion(k)) }
        var retired: [Int] = []
        for r in 0..<revised {
            var c = newCriterion(permanent + r)
            c.until = p.reorganisation - 1
            c.title += " (ancienne formulation)"
            retired.append(criteria.count)
            criteria.append(c)
        }
        for r in 0..<revised {
            // The first half rewords a retired criterion (same domain, same scale); the rest are new topics.
            let rewords = r < (revised + 1) / 2
            var c = newCriterion(permanent + revised + r, domain: rewords ? criteria[retired[r]].domain : nil)
            c.since = p.reorganisation
            if rewords {
                let old = criteria[retired[r]]
                c.replaces = old.id
                c.scale = old.scale
                c.title = old.title.replacingOccurrences(of: " (ancienne formulation)", with: "") + " — reformulé"
            }
            criteria.append(c)
        }
        return (result, criteria)
    }
}

/// Departments of 20–30 services; at the reorganisation a tenth of the departments are renamed
/// (the new one `replaces` the old) and one service in a hundred gets a new id.
enum OrganisationMaker {
    static let serviceKinds = ["service", "office", "bureau", "section", "centre"]
    static let subjects = [
        "de la population", "de l'action sociale", "de l'économie", "de la santé publique", "de l'enseignement",
        "de la formation", "de l'environnement", "de l'aménagement", "des infrastructures", "des contributions",
        "des véhicules", "de la culture", "des sports", "de l'agriculture", "de la justice", "de l'état civil",
        "des migrations", "de l'emploi", "du logement", "de la jeunesse", "des forêts", "de l'énergie", "du numérique",
        "des archives", "de la statistique",
    ]

    static func make(_ p: Parameters) -> Organisation {
        var random = SplitMix64(p.seed, 2)
        var org = Organisation()
        var departmentSizes: [Int] = []
        var remaining = p.units
        while remaining > 0 {
            let size = min(remaining, 20 + random.below(11))
            departmentSizes.append(size)
            remaining -= size
        }
        let width = max(4, String(p.units).count)
        func pad(_ n: Int, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        let reorganise = p.years >= 2
        var lineIndex = 0
        var departments: [Unit] = []
        var services: [Unit] = []
        for (d, size) in departmentSizes.enumerated() {
            let number = pad(d + 1, 3)
            let subject = subjects[d % subjects.count]
            let oldID = "DEP\(number)"
            var today = oldID
            if reorganise && d % 10 == 3 {
                today = "DEP\(number)N"
                departments.append(Unit(id: oldID, name: "Département \(subject) \(d + 1)", parent: "", kind: "département",
                                        since: nil, until: p.reorganisation - 1, replaces: ""))
                departments.append(Unit(id: today, name: "Département \(subject) et \(subjects[(d + 7) % subjects.count]) \(d + 1)",
                                        parent: "", kind: "département", since: p.reorganisation, until: nil, replaces: oldID))
            } else {
                departments.append(Unit(id: oldID, name: "Département \(subject) \(d + 1)", parent: "", kind: "département",
                                        since: nil, until: nil, replaces: ""))
            }
            for _ in 0..<size {
                let id = "U\(pad(lineIndex + 1, width))"
                let kind = serviceKinds[random.below(serviceKinds.count)]
                let name = "\(kind.prefix(1).uppercased() + kind.dropFirst()) \(subjects[random.below(subjects.count)]) \(lineIndex + 1)"
                let renamed = reorganise && lineIndex % 100 == 17
                let created = p.years >= 4 && lineIndex % 97 == 5 ? p.firstYear + 2 : p.firstYear
                let language = random.chance(0.7) ? 0 : (random.chance(0.67) ? 1 : 2)
                let line = ServiceLine(index: lineIndex, idBefore: id, idAfter: renamed ? id + "-R" : id, firstYear: created,
                                       language: language, maturity: random.uniform(0.25, 0.9), drift: random.uniform(-0.01, 0.05))
                if renamed {
                    services.append(Unit(id: id, name: name, parent: today, kind: kind, since: created == p.firstYear ? nil : created,
                                         until: p.reorganisation - 1, replaces: ""))
                    services.append(Unit(id: line.idAfter, name: name + " (réorganisé)", parent: today, kind: kind,
                                         since: p.reorganisation, until: nil, replaces: id))
                } else {
                    services.append(Unit(id: id, name: name, parent: today, kind: kind, since: created == p.firstYear ? nil : created,
                                         until: nil, replaces: ""))
                }
                org.lines.append(line)
                lineIndex += 1
            }
        }
        org.units = departments + services
        return org
    }
}
