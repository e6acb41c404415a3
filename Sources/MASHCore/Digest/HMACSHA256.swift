import Crypto

/// HMAC-SHA-256 (RFC 2104), for keyed digests a reader without the key cannot recompute: swift-crypto's.
public enum HMACSHA256 {
    /// The 32-byte authentication code of `message` under `key`.
    public static func code(key: [UInt8], message: [UInt8]) -> [UInt8] {
        Array(HMAC<Crypto.SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }
}
