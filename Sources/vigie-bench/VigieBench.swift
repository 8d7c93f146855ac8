import ArgumentParser
import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// vigie-bench: the benchmark's tools, kept out of the product's command.
///
///     vigie-bench generate --units 3000 --criteria 100 --years 10 --seed 42 --out .bench/ws-full [--force]
@main
struct VigieBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie-bench", abstract: "The benchmark's tools (make bench), kept out of vigie.",
        subcommands: [Generate.self])
}

/// Writes a complete, valid synthetic workspace. Same parameters and seed, same bytes. Skips the work when
/// OUT/.complete already holds the same parameters and generator version.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes a synthetic audit workspace (catalogue, organisation, one answer sheet per unit and year).",
        discussion: """
        DIR/.complete records the parameters; a later run with the same ones does nothing (unless --force).
        DIR/.bench-stats gives files, bytes, sheets and answers, for the benchmark driver.
        """)

    @Option(help: ArgumentHelp("The folder to write.", valueName: "DIR")) var out: String
    @Option(help: "Units of the organisation.") var units = Parameters().units
    @Option(help: "Criteria of the catalogue.") var criteria = Parameters().criteria
    @Option(help: "Years of answers.") var years = Parameters().years
    @Option(help: "The seed of the generator.") var seed = Parameters().seed
    @Option(help: "The last year of answers.") var lastYear = Parameters().lastYear
    @Option(help: "The order of each sheet's rows.") var order = SheetShape.Order.catalogue
    @Option(help: "The words of the answers: each unit's language (mixed), or one for all.") var words = SheetShape.Words.mixed
    @Option(help: "The CSV dialect of the sheets: Excel's (;), plain (,), or half of each.") var dialect = SheetShape.Dialect.mixed
    @Option(name: .customLong("windows-1252"), help: "The share of sheets saved in Windows-1252, from 0 to 1.")
    var windows1252 = SheetShape().windows1252
    @Flag(help: "Long evidence URLs on every positive answer and multi-line comments on a third of the rows.") var longTexts = false
    @Flag(help: "Write even when DIR/.complete says it is up to date.") var force = false

    func validate() throws {
        for (name, value) in [("--units", units), ("--criteria", criteria), ("--years", years), ("--last-year", lastYear)]
        where value <= 0 {
            throw ValidationError("\(name) must be a positive number, not \(value)")
        }
        guard (0...1).contains(windows1252) else { throw ValidationError("--windows-1252 is a share from 0 to 1, not \(windows1252)") }
    }

    func run() throws {
        let shape = SheetShape(order: order, words: words, dialect: dialect, windows1252: windows1252, longTexts: longTexts)
        let p = Parameters(units: units, criteria: criteria, years: years, seed: seed, lastYear: lastYear, shape: shape)
        let stampPath = out + "/.complete"
        if !force, let existing = try? String(contentsOfFile: stampPath, encoding: .utf8), existing == p.stamp {
            print("vigie-bench: \(out) is up to date (\(p.stamp.trimmingCharacters(in: .newlines)))")
            return
        }
        let started = DispatchTime.now()
        do {
            let stats = try Generator.write(p, to: out)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            try p.stamp.write(toFile: stampPath, atomically: true, encoding: .utf8)
            print(String(format: "vigie-bench: wrote %@: %d files, %.1f MB, %d sheets, %d answers in %.1f s",
                         out, stats.files, Double(stats.bytes) / 1e6, stats.sheets, stats.answers, seconds))
        } catch {
            FileHandle.standardError.write(Data("vigie-bench: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

struct Stats {
    var files = 0
    var bytes = 0
    var sheets = 0
    var answers = 0
}

struct WriteError: Error, CustomStringConvertible {
    var description: String
}

enum Generator {
    static func write(_ p: Parameters, to out: String) throws -> Stats {
        let files = FileManager.default
        if files.fileExists(atPath: out) { try files.removeItem(atPath: out) }
        let (domains, criteria) = Catalogue.make(p)
        let org = OrganisationMaker.make(p)
        var stats = Stats()

        func save(_ relative: String, _ bytes: [UInt8]) throws {
            try writeFile(out + "/" + relative, bytes)
            stats.files += 1
            stats.bytes += bytes.count
        }
        try files.createDirectory(atPath: out + "/checklists/bench", withIntermediateDirectories: true)
        try files.createDirectory(atPath: out + "/audits", withIntermediateDirectories: true)

        var csv = CSVOut(dialect: .excel, byteOrderMark: true)
        csv.row(["key", "value"])
        csv.row(["title", "Administration synthétique (banc d'essai)"])
        csv.row(["notice", "Données synthétiques générées par vigie-bench (graine \(p.seed))."])
        try save("workspace.csv", csv.bytes)

        csv = CSVOut(dialect: .excel, byteOrderMark: true)
        csv.row(["domain", "title", "description", "weight"])
        for d in domains { csv.row([d.id, d.title, d.description, d.weight]) }
        try save("checklists/bench/domains.csv", csv.bytes)

        csv = CSVOut(dialect: .excel, byteOrderMark: true)
        csv.row(["criterion", "domain", "title", "question", "weight", "critical", "scale", "legal_basis", "guidance", "evidence",
                 "since", "until", "replaces"])
        for c in criteria {
            csv.row([c.id, domains[c.domain].id, c.title, c.question, c.weight, c.critical ? "oui" : "non", c.scale.rawValue,
                     c.legalBasis, c.guidance, c.evidence ? "oui" : "non", c.since.map(String.init) ?? "", c.until.map(String.init) ?? "",
                     c.replaces])
        }
        try save("checklists/bench/criteria.csv", csv.bytes)

        csv = CSVOut(dialect: .excel, byteOrderMark: true)
        csv.row(["level", "label", "min_score"])
        for (id, label, score) in [("exemplaire", "Exemplaire", "85"), ("etabli", "Établi", "70"), ("en-progres", "En progrès", "50"),
                                   ("initial", "Initial", "30"), ("insuffisant", "Insuffisant", "0")] {
            csv.row([id, label, score])
        }
        try save("checklists/bench/levels.csv", csv.bytes)

        csv = CSVOut(dialect: .excel, capacity: 64 * org.units.count, byteOrderMark: true)
        csv.row(["unit", "name", "parent", "kind", "since", "until", "replaces"])
        for u in org.units {
            csv.row([u.id, u.name, u.parent, u.kind, u.since.map(String.init) ?? "", u.until.map(String.init) ?? "", u.replaces])
        }
        try save("audits/units.csv", csv.bytes)

        // The answer sheets, year by year; within a year, the units in parallel (each sheet's bytes
        // depend only on the seed, the unit and the year, so the order of work does not matter).
        for year in p.firstYear...p.lastYear {
            let folder = out + "/audits/\(year)"
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let lines = org.lines
            let count = lines.count
            let results = UnsafeMutableBufferPointer<(bytes: Int, rows: Int, failed: Bool)>.allocate(capacity: count)
            results.initialize(repeating: (0, 0, false))
            defer { results.deallocate() }
            nonisolated(unsafe) let shared = results
            let chunk = 64
            DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { c in
                for index in (c * chunk)..<min(count, (c + 1) * chunk) {
                    let line = lines[index]
                    guard SheetMaker.isAudited(line, year: year, p) else { continue }
                    let (bytes, rows) = SheetMaker.make(line, year: year, criteria: criteria, p)
                    let id = line.id(in: year, reorganisation: p.reorganisation)
                    let ok = (try? writeFile(folder + "/\(id).csv", bytes)) != nil
                    shared[index] = (bytes.count, rows, !ok)
                }
            }
            for r in results where r.rows > 0 || r.failed {
                if r.failed { throw WriteError(description: "could not write a sheet in \(folder)") }
                stats.files += 1
                stats.sheets += 1
                stats.bytes += r.bytes
                stats.answers += r.rows
            }
        }
        let latest = org.lines.filter { SheetMaker.isAudited($0, year: p.lastYear, p) }.count
        let info = """
        files=\(stats.files)
        bytes=\(stats.bytes)
        sheets=\(stats.sheets)
        answers=\(stats.answers)
        units=\(org.units.count)
        latest_year=\(p.lastYear)
        latest_year_sheets=\(latest)

        """
        try info.write(toFile: out + "/.bench-stats", atomically: true, encoding: .utf8)
        return stats
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(description: "cannot create \(path): errno \(errno)") }
        defer { close(fd) }
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                guard n > 0 else { throw WriteError(description: "cannot write \(path): errno \(errno)") }
                written += n
            }
        }
    }
}
