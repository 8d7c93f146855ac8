import ArgumentParser
import VigieCore

/// Checks of options that several commands share, each in one place; the errors speak `language`.
enum OptionChecks {
    /// `--year` of every command: within `AuditYear.range`.
    static func year(_ year: Int?, _ language: Language) throws {
        guard let year, !AuditYear.isValid(year) else { return }
        throw ValidationError(language.wording.yearOptionOutOfRange(year, lowest: AuditYear.range.lowerBound, highest: AuditYear.range.upperBound))
    }

    /// An output path option (`--out`): an empty one would mean the current folder, which is never meant.
    static func outputPath(_ path: String?, option: String, _ language: Language) throws {
        if let path, path.isEmpty { throw ValidationError(language.wording.emptyPathOption(option)) }
    }
}
