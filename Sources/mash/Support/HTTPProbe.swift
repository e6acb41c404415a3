import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One GET, for readiness checks.
enum HTTPProbe {
    /// The status `url` answers with, or nil if nothing answered within two seconds.
    static func status(of url: String) async -> Int? {
        guard let url = URL(string: url) else { return nil }
        var request = URLRequest(url: url)
        request.timeoutInterval = 2
        guard let (_, response) = try? await URLSession.shared.data(for: request) else { return nil }
        return (response as? HTTPURLResponse)?.statusCode
    }
}
