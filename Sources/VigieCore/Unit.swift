/// A department, service or office of the administration.
///
/// Kept small (a units.csv may list a million units): the years are stored in four bytes each, and the unit keeps
/// no place of its own in units.csv (the loader reports from the table's records).
public struct OrgUnit: Sendable, Equatable {
    public var id: String
    public var name: String
    /// The unit's place today; nil for a department.
    public var parent: String?
    public var kind: String
    /// Units this one continues (renamed or merged).
    public var replaces: [String]
    private var storedSince: Int32
    private var storedUntil: Int32

    public var since: Int? {
        get { OrgUnit.year(storedSince) }
        set { storedSince = OrgUnit.stored(newValue) }
    }

    public var until: Int? {
        get { OrgUnit.year(storedUntil) }
        set { storedUntil = OrgUnit.stored(newValue) }
    }

    public init(id: String, name: String = "", parent: String? = nil, kind: String = "", since: Int? = nil,
                until: Int? = nil, replaces: [String] = []) {
        self.id = id
        self.name = name.isEmpty ? id : name
        self.parent = parent
        self.kind = kind
        self.replaces = replaces
        storedSince = OrgUnit.stored(since)
        storedUntil = OrgUnit.stored(until)
    }

    public func exists(in year: Int) -> Bool {
        if let since, year < since { return false }
        if let until, year > until { return false }
        return true
    }

    /// Years read from files are audit years (1900–2999, `AuditYear`); a year given in code beyond four bytes is
    /// held at their bound (it compares the same with every audit year). `Int32.min` stands for none.
    private static func stored(_ year: Int?) -> Int32 {
        guard let year else { return .min }
        return Int32(clamping: max(year, Int(Int32.min) + 1))
    }

    private static func year(_ stored: Int32) -> Int? { stored == .min ? nil : Int(stored) }
}
