/// Byte values and classes used by the readers and the writer.
public enum ASCII {
    public static let tab: UInt8 = 0x09
    public static let lf: UInt8 = 0x0A
    public static let cr: UInt8 = 0x0D
    public static let space: UInt8 = 0x20
    public static let quote: UInt8 = 0x22
    public static let comma: UInt8 = 0x2C
    public static let semicolon: UInt8 = 0x3B
    /// U+FEFF in UTF-8.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Space, TAB, CR or LF.
    @inlinable
    public static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == cr || byte == lf
    }

    /// ASCII white space (Unicode White_Space within ASCII): TAB, LF, VT, FF, CR, space; what `trimmedCSV`
    /// removes among ASCII bytes.
    @inlinable
    public static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || (byte >= 0x09 && byte <= 0x0D)
    }
}

extension String {
    /// CRLF and lone CR turned into LF.
    public var withLFLineEnds: String {
        guard utf8.contains(0x0D) else { return self }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
                previousWasCR = false
            }
        }
        return String(scalars)
    }

    /// Trimmed of spaces, tabs, line breaks and no-break spaces, as spreadsheet cells often carry them.
    public var trimmedCSV: String {
        // Fast path, the usual cell: it starts and ends with a visible ASCII character.
        let bytes = utf8
        guard let head = bytes.first else { return "" }
        if head > 0x20 && head < 0x7F, let tail = bytes.last, tail > 0x20 && tail < 0x7F { return self }
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = lastIndex(where: { !isBlank($0) })!
        return String(self[first...last])
    }
}
