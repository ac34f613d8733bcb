import Postings
import Testing

@Suite struct AddressGuardTests {
    @Test("IPv4 addresses off the public internet are private", arguments: [
        ([127, 0, 0, 1], true), ([10, 1, 2, 3], true), ([172, 16, 0, 1], true), ([172, 31, 255, 255], true), ([192, 168, 1, 1], true),
        ([169, 254, 169, 254], true), ([100, 64, 0, 1], true), ([0, 0, 0, 0], true), ([224, 0, 0, 1], true), ([255, 255, 255, 255], true),
        ([198, 18, 0, 1], true), ([8, 8, 8, 8], false), ([172, 32, 0, 1], false), ([93, 184, 216, 34], false), ([100, 128, 0, 1], false),
    ] as [([UInt8], Bool)])
    func ipv4(bytes: [UInt8], isPrivate: Bool) {
        #expect(AddressGuard.isPrivate(ipv4: bytes) == isPrivate)
    }

    static func v6(_ prefix: [UInt8], _ suffix: [UInt8] = []) -> [UInt8] { prefix + Array(repeating: 0, count: 16 - prefix.count - suffix.count) + suffix }

    @Test("IPv6 loopback, local, multicast and embedded private IPv4 are private", arguments: [
        (v6([], [1]), true), (v6([]), true), (v6([0xFD, 0x12]), true), (v6([0xFE, 0x80], [1]), true), (v6([0xFF, 0x02], [1]), true),
        (v6([], [0xFF, 0xFF, 127, 0, 0, 1]), true), (v6([0x00, 0x64, 0xFF, 0x9B], [10, 0, 0, 1]), true), (v6([0x20, 0x02, 192, 168, 0, 1]), true),
        (v6([0x26, 0x06, 0x47, 0x00], [1]), false), (v6([], [0xFF, 0xFF, 8, 8, 8, 8]), false),
    ] as [([UInt8], Bool)])
    func ipv6(bytes: [UInt8], isPrivate: Bool) {
        #expect(AddressGuard.isPrivate(ipv6: bytes) == isPrivate)
    }
}
