import Foundation
import Synchronization

/// Zones by IANA name, built once each: `TimeZone(identifier:)` reads the zone database.
enum TimeZoneCache {
    private static let zones = Mutex<[String: TimeZone]>([:])

    /// The zone named `name`, UTC for a name that is not one (stored names are validated on the way in).
    static func zone(named name: String) -> TimeZone {
        if let zone = zones.withLock({ $0[name] }) { return zone }
        let zone = TimeZone(identifier: name) ?? .gmt
        zones.withLock { $0[name] = zone }
        return zone
    }
}
