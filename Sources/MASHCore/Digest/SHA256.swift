import Crypto

/// SHA-256 (FIPS 180-4), for idempotency keys and content digests that a hostile input cannot forge a
/// collision for: swift-crypto's (BoringSSL's, using the CPU's SHA extensions where it has them), behind the
/// small interface the hub uses. Bytes are hashed from the caller's storage, without copies.
public struct SHA256: Sendable {
    private var hasher = Crypto.SHA256()

    public init() {}

    /// Bytes in an array: the common case, without the generic path's protocol dispatch.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
    }

    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in hasher.update(bufferPointer: UnsafeRawBufferPointer(buffer)) }
        if handled == nil { hasher.update(data: Array(bytes)) }
    }

    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// The 32-byte digest; the hasher should not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        Array(hasher.finalize())
    }

    /// Lowercase hex of the digest's first `bytes` bytes (all 32 by default), made without intermediate
    /// arrays: idempotency keys take one per message. The hasher should not be used afterwards.
    public mutating func finalizeHex(bytes: Int = 32) -> String {
        hasher.finalize().withUnsafeBytes { digest in hexString(UnsafeRawBufferPointer(rebasing: digest.prefix(bytes))) }
    }

    /// `finalizeHex` as UTF-8 bytes, for a header value.
    public mutating func finalizeHexBytes(bytes: Int = 32) -> [UInt8] {
        hasher.finalize().withUnsafeBytes { digest in
            let prefix = UnsafeRawBufferPointer(rebasing: digest.prefix(bytes))
            return [UInt8](unsafeUninitializedCapacity: prefix.count * 2) { out, written in written = writeHex(prefix, into: out) }
        }
    }

    /// Lowercase hex digest of `bytes`.
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }
}

/// Lowercase hex of `bytes`.
public func hexString(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes(hexString)
}

/// Lowercase hex of `bytes`, written straight into the string's storage.
public func hexString(_ bytes: UnsafeRawBufferPointer) -> String {
    String(unsafeUninitializedCapacity: bytes.count * 2) { out in writeHex(bytes, into: out) }
}

/// Writes the lowercase hex of `bytes` at the start of `out` (room for twice as many) and returns its length.
private func writeHex(_ bytes: UnsafeRawBufferPointer, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
    for (index, byte) in bytes.enumerated() {
        out[2 * index] = hexDigit(byte >> 4)
        out[2 * index + 1] = hexDigit(byte & 0x0f)
    }
    return bytes.count * 2
}

@inline(__always)
private func hexDigit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? 48 + nibble : 87 + nibble  // "0"... "9", "a"... "f"
}
