/// The two ways users' files arrive: Excel's "CSV UTF-8" and a script's plain CSV.
enum Dialect {
    /// UTF-8 BOM, `;`, CRLF.
    case excel
    /// No BOM, `,`, LF.
    case plain

    var delimiter: UInt8 { self == .excel ? UInt8(ascii: ";") : UInt8(ascii: ",") }
    var lineEnd: [UInt8] { self == .excel ? [13, 10] : [10] }
}

/// Appends CSV records to a byte buffer, quoting only where needed (as Excel does).
struct CSVOut {
    var bytes: [UInt8] = []
    let dialect: Dialect
    private var fieldsInRow = 0

    init(dialect: Dialect, capacity: Int = 8192, byteOrderMark: Bool = false) {
        self.dialect = dialect
        bytes.reserveCapacity(capacity)
        if byteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
    }

    mutating func field(_ text: String) {
        if fieldsInRow > 0 { bytes.append(dialect.delimiter) }
        fieldsInRow += 1
        let delimiter = dialect.delimiter
        var needsQuotes = false
        for byte in text.utf8 where byte == delimiter || byte == 0x22 || byte == 10 || byte == 13 {
            needsQuotes = true
            break
        }
        if !needsQuotes {
            bytes += text.utf8
            return
        }
        bytes.append(0x22)
        for byte in text.utf8 {
            if byte == 0x22 { bytes.append(0x22) }
            if byte == 10 {  // line breaks inside a cell follow the file's own line ends
                bytes += dialect.lineEnd
                continue
            }
            bytes.append(byte)
        }
        bytes.append(0x22)
    }

    mutating func field(_ number: Int) {
        field(String(number))
    }

    mutating func endRow() {
        bytes += dialect.lineEnd
        fieldsInRow = 0
    }

    mutating func row(_ fields: [String]) {
        for text in fields { field(text) }
        endRow()
    }
}

/// UTF-8 → Windows-1252 for the few sheets saved as Excel's plain "CSV" (the generator's texts
/// use only characters that Windows-1252 has).
enum Windows1252 {
    static func encode(_ utf8: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            if v < 0x80 || (v >= 0xA0 && v <= 0xFF) {
                out.append(UInt8(v))
            } else {
                switch v {
                case 0x20AC: out.append(0x80)  // €
                case 0x2019: out.append(0x92)  // ’
                case 0x0153: out.append(0x9C)  // œ
                case 0x0152: out.append(0x8C)  // Œ
                case 0x2013: out.append(0x96)  // –
                case 0xFEFF: break
                default: out.append(UInt8(ascii: "?"))
                }
            }
        }
        return out
    }
}
