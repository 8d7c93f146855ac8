extension Array where Element: BinaryInteger {
    /// In an ascending array whose first element is at most `value`: the index of the last element at most `value`
    /// (the run or sheet that holds a position, given where each starts).
    func lastIndex(atMost value: Int) -> Int {
        var low = 0, high = count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(self[middle]) <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
