/// The lines of rows taken sheet after sheet, the rows of every sheet numbered in one sequence: per sheet the number
/// of its first row, and for each row its line less its place in its sheet (the lines its sheet holds before it that
/// are no row's first: the header, blank rows, comments' further lines). That number is kept once for each run of
/// rows it is the same for: once for a sheet whose rows stand one a line, once more after each comment of several
/// lines or blank row (two bytes a run, where a number per row took four). A sheet's rows come in line order.
struct SheetLines: Sendable {
    /// By sheet: the number of its first row (ascending).
    private var firstRow: [Int32] = []
    /// By sheet: its first run in `runPlaces` and `runValues` (ascending).
    private var firstRun: [Int32] = []
    /// The runs, sheet after sheet: where each begins in its sheet (the row's place) and its line less place.
    private var runPlaces = CompactIntegers()
    private var runValues = CompactIntegers()
    /// How many rows were appended.
    private(set) var count = 0

    /// The rows appended from now on are a new sheet's; when the last sheet got no row, they are that sheet's
    /// instead, and this says false (the caller replaces what it keeps of that sheet: no row points to it).
    @discardableResult mutating func beginSheet() -> Bool {
        if let last = firstRow.last, Int(last) == count { return false }
        firstRow.append(Int32(count))
        firstRun.append(Int32(runPlaces.count))
        return true
    }

    /// The next row of the current sheet starts on `line`.
    mutating func append(line: Int32) {
        let sheet = firstRow.count - 1
        let place = Int32(count - Int(firstRow[sheet]))
        let value = line - place
        count += 1
        if runPlaces.count > firstRun[sheet], runValues[runValues.count - 1] == value { return }
        runPlaces.append(place)
        runValues.append(value)
    }

    /// The sheet (its number) that holds row `row`.
    func sheet(of row: Int) -> Int { firstRow.lastIndex(atMost: row) }

    /// The line where row `row` of `sheet` starts.
    func line(of row: Int, sheet: Int) -> Int {
        let place = row - Int(firstRow[sheet])
        // The sheet's last run that begins at or before the row.
        let runs = Int(firstRun[sheet])..<(sheet + 1 < firstRun.count ? Int(firstRun[sheet + 1]) : runPlaces.count)
        let run = lastIndex(in: runs, atMost: place) { Int(runPlaces[$0]) }
        return Int(runValues[run]) + place
    }
}
