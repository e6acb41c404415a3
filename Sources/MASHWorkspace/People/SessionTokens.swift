import Crypto
import Foundation

/// Login sessions as signed tokens: the session cookie carries who and until when, signed with the
/// workspace's secret, so any copy of the workspace that shares the secret accepts it and none needs a
/// session store. Each session has its own CSRF token, derived from it with the same secret.
public struct SessionTokens: Sendable {
    private let key: SymmetricKey
    /// How long a login lasts.
    public let lifetime: Duration

    /// Tokens signed with `secret` (at least 32 bytes).
    public init(secret: [UInt8], lifetime: Duration = .seconds(8 * 3600)) {
        key = SymmetricKey(data: secret)
        self.lifetime = lifetime
    }

    /// A secret of 32 random bytes.
    public static func randomSecret() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// A new session for `username`, from `now`.
    public func issue(for username: String, now: Date = Date()) -> Session {
        var generator = SystemRandomNumberGenerator()
        let nonce = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
        let expires = Int64(now.timeIntervalSince1970) + Int64(lifetime.components.seconds)
        let payload = "v1|\(username)|\(expires)|\(nonce)"
        return Session(username: username, expiresAt: expires, token: Self.base64URL(Array(payload.utf8)) + "." + sign(payload), csrfToken: csrf(nonce))
    }

    /// The session a cookie's token stands for, if its signature holds and it has not expired.
    public func session(from token: String, now: Date = Date()) -> Session? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let payloadBytes = Self.decodeBase64URL(String(parts[0])),
              let signature = Self.decodeBase64URL(String(parts[1])),
              HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: payloadBytes, using: key)
        else { return nil }
        let fields = String(decoding: payloadBytes, as: UTF8.self).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4, fields[0] == "v1", let expires = Int64(fields[2]), expires > Int64(now.timeIntervalSince1970) else { return nil }
        return Session(username: fields[1], expiresAt: expires, token: token, csrfToken: csrf(fields[3]))
    }

    private func sign(_ payload: String) -> String {
        Self.base64URL(Array(HMAC<SHA256>.authenticationCode(for: Array(payload.utf8), using: key)))
    }

    private func csrf(_ nonce: String) -> String {
        Self.base64URL(Array(HMAC<SHA256>.authenticationCode(for: Array("csrf|\(nonce)".utf8), using: key)))
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decodeBase64URL(_ text: String) -> [UInt8]? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64).map(Array.init)
    }
}

/// A logged-in session.
public struct Session: Sendable, Hashable {
    public let username: String
    /// Seconds since 1970 when it ends.
    public let expiresAt: Int64
    /// The cookie's value.
    public let token: String
    /// What every state-changing request of this session must send back (header `X-CSRF-Token`, or the
    /// form field `csrf`).
    public let csrfToken: String

    /// Whether `candidate` is this session's CSRF token (compared in constant time).
    public func acceptsCSRF(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        let expected = Array(csrfToken.utf8), given = Array(candidate.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
