/// Why the dashboard could not start.
public enum DashboardError: Error, Sendable, CustomStringConvertible {
    case portInUse(host: String, port: Int)
    case cannotBind(host: String, reason: String)
    case site(String)
    case tokenRequired(host: String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use (another dashboard?); pass --port with a free one, or --port 0 to pick any"
        case .cannotBind(let host, let reason):
            "cannot listen on \(host): \(reason)"
        case .site(let reason):
            "the dashboard's pages could not be loaded: \(reason)"
        case .tokenRequired(let host):
            "--host \(host) makes the dashboard reachable from other machines: give it a secret with --token (or INTERVIEW_PREP_DASHBOARD_TOKEN), at least 16 characters"
        }
    }
}
