/// One answer of a unit to a criterion in an audit year, as read and understood.
public struct Answer: Sendable, Equatable {
    public var year: Int
    public var unit, criterion: String
    public var value: AnswerValue
    /// The word as written.
    public var word, evidence, comment, assessor: String
    /// The date as written; `isoDate` once understood.
    public var date: String
    public var isoDate: String?
    /// Where the row starts (column 1).
    public var location: Location

    public init(year: Int, unit: String, criterion: String, value: AnswerValue, word: String = "",
                evidence: String = "", comment: String = "", assessor: String = "", date: String = "",
                isoDate: String? = nil, location: Location = Location(file: "")) {
        self.year = year
        self.unit = unit
        self.criterion = criterion
        self.value = value
        self.word = word
        self.evidence = evidence
        self.comment = comment
        self.assessor = assessor
        self.date = date
        self.isoDate = isoDate
        self.location = location
    }
}
