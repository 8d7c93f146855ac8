import Testing
@testable import VigieSource

/// Ids looked up by bytes, as the answer loader does millions of times.
struct ByteKeyTableTests {
    @Test func aByteKeyTableFindsEveryKeyItHoldsAndNoOther() {
        // 1,000 keys: the table grows from 16 slots several times on the way.
        let keys = (0..<1_000).map { "U\($0)" } + ["", "é", "ÉCOLE"]
        let table = ByteKeyTable(keys)
        for (number, key) in keys.enumerated() {
            #expect(table.lookup(key) == Int32(number), "\(key)")
        }
        #expect(table.lookup("U1000") == nil)
        #expect(table.lookup("u1") == nil, "byte for byte: case matters")
        // "é" decomposed (e + combining acute) is other bytes: not found here; the loader then takes its String path.
        #expect(table.lookup("e\u{301}") == nil)
        #expect(table.insert("U7", number: 99) == false, "a repeated key keeps its first number")
        #expect(table.lookup("U7") == 7)
        #expect(table.count == keys.count)
    }

    @Test func aHintIsOnlyAGuess() {
        let table = ByteKeyTable(["A", "B", "C"])
        func find(_ key: String, _ hint: inout Int) -> Int32? {
            var key = key
            return key.withUTF8 { table.lookup($0, hint: &hint) }
        }
        var hint = 1
        #expect(find("B", &hint) == 1 && hint == 1, "the hinted key")
        #expect(find("C", &hint) == 2 && hint == 2, "another key: found by hashing, and it becomes the hint")
        hint = 99
        #expect(find("A", &hint) == 0 && hint == 0, "a hint past the end is ignored")
        #expect(find("Z", &hint) == nil && hint == 0, "a key that is not there leaves the hint")
    }

    /// Keys of at most eight bytes are compared as one word, longer ones byte by byte: both kinds side by side,
    /// around the limit, differing only in their last byte or only in their length, found and told apart.
    @Test func shortAndLongKeysAreToldApart() {
        let stems = ["", "A", "LAN-1", "LAN-10", "LAN-100", "LAN-1000", "LAN-10000", "LAN-100000", "intranet.example.ch/u1"]
        let keys = stems.flatMap { [$0, $0 + "0", $0 + "1", $0 + "\u{0}"] }
        let table = ByteKeyTable()
        var numbers: [String: Int32] = [:]
        for key in keys where numbers[key] == nil {
            numbers[key] = Int32(numbers.count)
            #expect(table.insert(key, number: Int32(numbers.count - 1)))
        }
        for (key, number) in numbers {
            #expect(table.lookup(key) == number, "\(key)")
            var hint = Int(number + 1) % numbers.count
            var bytes = key
            #expect(bytes.withUTF8 { table.lookup($0, hint: &hint) } == number && hint == Int(number), "\(key) by hashing")
            #expect(bytes.withUTF8 { table.lookup($0, hint: &hint) } == number, "\(key) by its hint")
        }
        for missing in ["LAN-2", "LAN-1002", "LAN-1000002", "intranet.example.ch/u2", "\u{0}\u{0}"] {
            #expect(table.lookup(missing) == nil, "\(missing)")
        }
    }
}
