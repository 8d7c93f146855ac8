/// In `range` of an ascending sequence given by `element` (its first element in the range at most `value`): the index
/// of the last element at most `value` (the run or sheet that holds a position, given where each starts).
func lastIndex(in range: Range<Int>, atMost value: Int, _ element: (Int) -> Int) -> Int {
    var low = range.lowerBound, high = range.upperBound - 1
    while low < high {
        let middle = (low + high + 1) / 2
        if element(middle) <= value { low = middle } else { high = middle - 1 }
    }
    return low
}

extension Array where Element: BinaryInteger {
    /// In an ascending array whose first element is at most `value`: the index of the last element at most `value`.
    func lastIndex(atMost value: Int) -> Int { VigieCore.lastIndex(in: indices, atMost: value) { Int(self[$0]) } }
}
