/// An enum whose raw values are the names people and models type (`phone_screen`, `completed`).
public protocol ParsableName: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension ParsableName {
    /// Every allowed name, in declaration order.
    public static var allowedNames: [String] { allCases.map(\.rawValue) }

    /// Parses `raw`, or throws an error naming `field` and the allowed names.
    public static func parse(_ raw: String, field: String) throws(InterviewPrepError) -> Self {
        guard let value = Self(rawValue: raw) else {
            throw .invalidValue(field: field, value: raw, allowed: allowedNames)
        }
        return value
    }
}

extension InterviewType: ParsableName {}
extension InterviewStatus: ParsableName {}
extension RoleFamily: ParsableName {}
extension EventActor: ParsableName {}
extension NotesMode: ParsableName {}
