import Crypto

#if canImport(CCryptoBoringSSL)
internal import CCryptoBoringSSL
#endif

/// SHA-256 (FIPS 180-4), for idempotency keys and content digests that a hostile input cannot forge a
/// collision for: swift-crypto's (BoringSSL's, using the CPU's SHA extensions where it has them), behind the
/// small interface the hub uses. Bytes are hashed from the caller's storage, without copies.
///
/// Where swift-crypto builds BoringSSL (Linux), its hashing functions are called directly with the state
/// held in this value: `Crypto.SHA256` keeps its state in an object, so each hasher was an allocation (and
/// a wipe of the state when freed), and the stage runner makes three for every message. The digests are
/// the same (`SHA256Tests` checks them against `Crypto.SHA256`); elsewhere `Crypto.SHA256` is used.
public struct SHA256: Sendable {
    #if canImport(CCryptoBoringSSL)
    private var context = SHA256_CTX()

    public init() {
        CCryptoBoringSSL_SHA256_Init(&context)
    }

    private mutating func absorb(_ bytes: UnsafeRawBufferPointer) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        CCryptoBoringSSL_SHA256_Update(&context, start, bytes.count)
    }

    /// The digest, in a buffer that lives for the call.
    private mutating func withDigest<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        withUnsafeTemporaryAllocation(byteCount: 32, alignment: 1) { digest in
            CCryptoBoringSSL_SHA256_Final(digest.baseAddress!.assumingMemoryBound(to: UInt8.self), &context)
            return body(UnsafeRawBufferPointer(digest))
        }
    }
    #else
    private var hasher = Crypto.SHA256()

    public init() {}

    private mutating func absorb(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    private mutating func withDigest<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        hasher.finalize().withUnsafeBytes(body)
    }
    #endif

    /// Bytes in an array: the common case, without the generic path's protocol dispatch.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { absorb($0) }
    }

    /// Bytes in a buffer the caller holds.
    public mutating func update(bufferPointer bytes: UnsafeRawBufferPointer) {
        absorb(bytes)
    }

    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in absorb(UnsafeRawBufferPointer(buffer)) }
        if handled == nil { Array(bytes).withUnsafeBytes { absorb($0) } }
    }

    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { absorb(UnsafeRawBufferPointer($0)) }
    }

    /// The 32-byte digest; the hasher should not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        withDigest { Array($0) }
    }

    /// Lowercase hex of the digest's first `bytes` bytes (all 32 by default), made without intermediate
    /// arrays: idempotency keys take one per message. The hasher should not be used afterwards.
    public mutating func finalizeHex(bytes: Int = 32) -> String {
        withDigest { digest in hexString(UnsafeRawBufferPointer(rebasing: digest.prefix(bytes))) }
    }

    /// Writes the lowercase hex of the digest's first `bytes` bytes at the start of `out` (room for twice as
    /// many), without allocating. The hasher should not be used afterwards.
    public mutating func finalizeHex(bytes: Int, into out: UnsafeMutableRawBufferPointer) {
        precondition(out.count >= bytes * 2)
        withDigest { digest in
            _ = writeHex(UnsafeRawBufferPointer(rebasing: digest.prefix(bytes)), into: out)
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
    String(unsafeUninitializedCapacity: bytes.count * 2) { out in writeHex(bytes, into: UnsafeMutableRawBufferPointer(out)) }
}

/// Writes the lowercase hex of `bytes` at the start of `out` (room for twice as many) and returns its length.
private func writeHex(_ bytes: UnsafeRawBufferPointer, into out: UnsafeMutableRawBufferPointer) -> Int {
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
