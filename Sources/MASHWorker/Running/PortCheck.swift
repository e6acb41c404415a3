import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether a TCP port can be listened on, checked before a server starts, so every command that listens
/// reports a busy port the same way: "port P is in use".
public enum PortCheck {
    /// Throws `PortInUse` when `port` on `host` (an IPv4 address; anything else is checked on all
    /// addresses) cannot be bound. Port 0 (any free port) always passes.
    public static func ensureFree(host: String, port: Int) throws {
        guard port != 0 else { return }
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { return }
        defer { close(listener) }
        var on: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        if inet_pton(AF_INET, host, &address.sin_addr) != 1 { address.sin_addr.s_addr = INADDR_ANY }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if bound != 0, errno == EADDRINUSE { throw PortInUse(port: port) }
    }
}

/// A port another process listens on.
public struct PortInUse: Error, CustomStringConvertible, Sendable {
    public let port: Int
    public var description: String { "port \(port) is in use" }
}
