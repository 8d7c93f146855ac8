/// The one loop behind the writers' escaping (JSON strings, the XML text of workbooks, text for a terminal, the
/// catalogue's fingerprint): each scalar kept, or replaced by its escape. Each writer says which scalars and how.
public enum TextEscaping {
    /// Appends `text` to `out`, each scalar replaced by `replacement(scalar)` when that is not nil.
    @inlinable
    public static func append(_ text: String, to out: inout String, _ replacement: (Unicode.Scalar) -> String?) {
        for scalar in text.unicodeScalars {
            if let escape = replacement(scalar) {
                out += escape
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// `text` with its scalars replaced by `replacement(scalar)` where that is not nil.
    @inlinable
    public static func escaped(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out, replacement)
        return out
    }

    /// A value in hexadecimal, zeros before it up to `digits` digits.
    public static func hex(_ value: UInt32, digits: Int, uppercase: Bool = false) -> String {
        let text = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
