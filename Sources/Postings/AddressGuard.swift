/// Which network addresses a posting may be fetched from.
///
/// A job posting's URL can come from an assistant's tool call, so a fetch could be pointed at
/// the candidate's own machine or network (server-side request forgery: a router's admin page, a
/// cloud metadata service at 169.254.169.254). Unless the candidate allows it, only public
/// addresses are connected to; the check runs on each address libcurl is about to connect to
/// (after DNS, on every redirect), so a name that resolves to a private address is caught too.
public enum AddressGuard {
    /// Whether the IPv4 address (4 bytes, network order) is loopback, private, link-local,
    /// shared (CGNAT), multicast, reserved or otherwise not on the public internet.
    public static func isPrivate(ipv4 bytes: [UInt8]) -> Bool {
        guard bytes.count == 4 else { return true }
        let (a, b, c) = (bytes[0], bytes[1], bytes[2])
        switch a {
        case 0, 10, 127: return true                       // "this network", private, loopback
        case 100 where (64...127).contains(b): return true  // shared address space (RFC 6598)
        case 169 where b == 254: return true               // link-local, cloud metadata
        case 172 where (16...31).contains(b): return true  // private
        case 192 where b == 168: return true               // private
        case 192 where b == 0 && c == 0: return true       // IETF protocol assignments
        case 198 where b == 18 || b == 19: return true     // benchmarking
        case 224...255: return true                        // multicast, reserved, broadcast
        default: return false
        }
    }

    /// Whether the IPv6 address (16 bytes) is loopback, unspecified, unique-local, link-local,
    /// multicast, or embeds an IPv4 address that is private (mapped, NAT64, 6to4).
    public static func isPrivate(ipv6 bytes: [UInt8]) -> Bool {
        guard bytes.count == 16 else { return true }
        if bytes[0..<15].allSatisfy({ $0 == 0 }) { return true }                            // :: and ::1
        if bytes[0] & 0xFE == 0xFC { return true }                                          // fc00::/7 unique local
        if bytes[0] == 0xFE, bytes[1] & 0xC0 == 0x80 { return true }                        // fe80::/10 link-local
        if bytes[0] == 0xFF { return true }                                                 // multicast
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {    // ::ffff:a.b.c.d
            return isPrivate(ipv4: Array(bytes[12..<16]))
        }
        if bytes[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] {              // 64:ff9b::/96 NAT64
            return isPrivate(ipv4: Array(bytes[12..<16]))
        }
        if bytes[0] == 0x20, bytes[1] == 0x02 { return isPrivate(ipv4: Array(bytes[2..<6])) } // 2002::/16 6to4
        return false
    }

    /// The address as people read it: `10.0.0.5`, `fe80:0:0:0:0:0:0:1`.
    static func text(ipv4 bytes: [UInt8]) -> String { bytes.map(String.init).joined(separator: ".") }

    static func text(ipv6 bytes: [UInt8]) -> String {
        stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }.joined(separator: ":")
    }
}
