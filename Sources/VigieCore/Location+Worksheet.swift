extension Location {
    /// The same place in a workbook's worksheet: the line is the spreadsheet's row, and the description names the
    /// cell (`file:Sheet!H14`). Unchanged when `sheet` is nil (a CSV file).
    public func inWorksheet(_ sheet: String?) -> Location {
        guard let sheet else { return self }
        var location = self
        location.sheet = sheet
        location.row = line
        return location
    }
}
