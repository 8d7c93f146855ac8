/// The result for the key asked last, remembered: for rows that mostly repeat the one before (a sheet's dates, a
/// page's assessors), so that a row like its predecessor is not read or formatted again. `same` says when two keys
/// give the same result; compare texts byte for byte (`String.sameBytes`), so that a text in another Unicode
/// normal form keeps its own bytes.
public struct LastResult<Key, Value> {
    private var last: (key: Key, value: Value)?

    public init() {}

    public mutating func value(for key: Key, same: (Key, Key) -> Bool, _ make: (Key) -> Value) -> Value {
        if let last, same(last.key, key) { return last.value }
        let value = make(key)
        last = (key, value)
        return value
    }
}

extension String {
    /// Whether both texts are the same UTF-8 bytes (String's `==` also equates other Unicode normal forms).
    public func sameBytes(_ other: String) -> Bool { utf8.elementsEqual(other.utf8) }
}
