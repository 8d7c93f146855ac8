/// Fragment ids (`id` attributes, `#anchors`) from user ids: letters, digits, `-` and `_` kept, every other byte
/// as `~XX`, so any id gives a valid, unique anchor. File names come from `FileNames` only.
enum Slug {
    static func make(_ id: String) -> String {
        if !id.isEmpty, id.utf8.allSatisfy(isKept) { return id }
        var result = ""
        for byte in id.utf8 {
            if isKept(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF")
                result += "~" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return result.isEmpty ? "~" : result
    }

    /// Letters, digits, `-` and `_`: the bytes kept as they are.
    static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: true
        default: false
        }
    }
}
