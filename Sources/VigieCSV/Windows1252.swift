/// Windows-1252 (cp1252) decoding.
///
/// 0x00-0x7F and 0xA0-0xFF map to the same code points (as in ISO 8859-1);
/// 0x80-0x9F use the real cp1252 table (0x80 is €, 0x8C Œ, 0x9C œ, 0x91-0x94 are ‘ ’ “ ”, …).
/// The five bytes that cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the
/// C1 control with the same value (U+0081, U+008D, U+008F, U+0090, U+009D), as the WHATWG
/// Encoding Standard (browsers) does. Python's strict "cp1252" codec raises on them; our result
/// equals Python decoding those single bytes as "latin-1". Decoding therefore never fails and
/// never loses a byte.
enum Windows1252 {
    /// Code points for bytes 0x80-0x9F.
    static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The Unicode scalar value of one cp1252 byte.
    @inline(__always)
    static func scalarValue(_ byte: UInt8) -> UInt32 {
        if byte < 0x80 || byte >= 0xA0 { return UInt32(byte) }
        return UInt32(high[Int(byte &- 0x80)])
    }

    /// Decodes cp1252 bytes into a String.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var utf8: [UInt8] = []
        appendUTF8(bytes, to: &utf8)
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Appends the UTF-8 form of cp1252 bytes.
    static func appendUTF8(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let value = scalarValue(byte)
            if value < 0x800 {
                out.append(UInt8(0xC0 | (value >> 6)))
                out.append(UInt8(0x80 | (value & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (value >> 12)))
                out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
    }

    static func decode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { decode($0) }
    }
}
