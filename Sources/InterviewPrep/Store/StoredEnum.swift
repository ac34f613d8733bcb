/// One of our enums as the database stores it (its raw value), read back through a table made
/// once. `init(rawValue:)` compares the text with each case in turn: for a role family about
/// 1,500 instructions a row, against a few hundred for one hashed look-up.
protocol StoredEnum: RawRepresentable<String>, CaseIterable {
    /// Every case by its raw value.
    static var byRawValue: [String: Self] { get }
}

extension StoredEnum {
    /// The table `byRawValue` keeps.
    static func rawValueTable() -> [String: Self] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
    }
}

extension RoleFamily: StoredEnum {
    static let byRawValue = rawValueTable()
}

extension InterviewType: StoredEnum {
    static let byRawValue = rawValueTable()
}

extension InterviewStatus: StoredEnum {
    static let byRawValue = rawValueTable()
}
