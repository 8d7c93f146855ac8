import ArgumentParser
import VigieCore

/// Checks of options that several commands share, each in one place.
enum OptionChecks {
    /// `--year` of every command: within `AuditYear.range`.
    static func year(_ year: Int?) throws {
        guard let year, !AuditYear.isValid(year) else { return }
        throw ValidationError(Message.yearOutOfRange(year))
    }

    /// An output path option (`--out`): an empty one would mean the current folder, which is never meant.
    static func outputPath(_ path: String?, option: String) throws {
        if let path, path.isEmpty { throw ValidationError(Message.emptyPath(option)) }
    }

    enum Message {
        static func yearOutOfRange(_ year: Int) -> String {
            "--year takes a year from \(AuditYear.range.lowerBound) to \(AuditYear.range.upperBound), got \(year)"
        }
        static func emptyPath(_ option: String) -> String {
            "\(option) takes a folder path, got an empty one (for the current folder, write \(option) .)"
        }
    }
}
