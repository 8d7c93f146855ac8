/// A department, service or office of the administration.
public struct OrgUnit: Sendable, Equatable {
    public var id: String
    public var name: String
    /// The unit's place today; nil for a department.
    public var parent: String?
    public var kind: String
    public var since: Int?
    public var until: Int?
    /// Units this one continues (renamed or merged).
    public var replaces: [String]
    public var location: Location?

    public init(id: String, name: String = "", parent: String? = nil, kind: String = "", since: Int? = nil,
                until: Int? = nil, replaces: [String] = [], location: Location? = nil) {
        self.id = id
        self.name = name.isEmpty ? id : name
        self.parent = parent
        self.kind = kind
        self.since = since
        self.until = until
        self.replaces = replaces
        self.location = location
    }

    public func exists(in year: Int) -> Bool {
        if let since, year < since { return false }
        if let until, year > until { return false }
        return true
    }
}
