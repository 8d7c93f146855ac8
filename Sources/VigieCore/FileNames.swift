/// The one way a unit id becomes a file name: never a path, never a name a disk reserves, never two names
/// that a case-insensitive disk would take for one.
public enum FileNames {
    /// Windows reserves these names whatever the extension.
    static let reserved: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for n in 1...9 { names.insert("com\(n)"); names.insert("lpt\(n)") }
        return names
    }()

    /// A safe stem for one id: letters and digits of ASCII, `-` and `_` kept, everything else `_`;
    /// a leading `.` or `-`, an empty result or a reserved name gets a leading `_`; at most 100 characters.
    public static func stem(_ id: String) -> String {
        var stem = ""
        for scalar in id.unicodeScalars.prefix(100) {
            let ok = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9") || scalar == "-" || scalar == "_"
            stem.unicodeScalars.append(ok ? scalar : "_")
        }
        if stem.isEmpty || stem.hasPrefix("-") || id.hasPrefix(".") || reserved.contains(stem.lowercased()) { stem = "_" + stem }
        return stem
    }

    /// Stems for a set of ids, distinct even when compared without case: the ids are taken in sorted order and a
    /// clash gets `-2`, `-3`… So the same ids always give the same names. Each base remembers the next counter to
    /// try, so that thousands of ids sharing a stem (their first 100 characters) cost linear time, not quadratic.
    public static func stems(for ids: some Sequence<String>) -> [String: String] {
        var result: [String: String] = [:]
        var taken: Set<String> = []
        var nextCounter: [String: Int] = [:]
        for id in Set(ids).sorted() {
            let base = stem(id)
            let key = base.lowercased()
            var candidate = base
            var counter = nextCounter[key] ?? 2
            if taken.contains(key) {
                repeat {
                    candidate = "\(base)-\(counter)"
                    counter += 1
                } while taken.contains(candidate.lowercased())
            }
            nextCounter[key] = counter
            taken.insert(candidate.lowercased())
            result[id] = candidate
        }
        return result
    }
}
