import struct Crypto.SHA256
import MASHCore
import Testing

@Suite("SHA-256")
struct SHA256Tests {
    @Test("matches the FIPS 180-4 test vectors", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func vectors(input: String, digest: String) {
        #expect(MASHCore.SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test("a million 'a's")
    func long() {
        #expect(MASHCore.SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite("SHA-256 fed in pieces")
struct SHA256IncrementalTests {
    @Test("any split of the input gives the digest of the whole", arguments: [0, 1, 55, 56, 63, 64, 65, 127, 128, 1000])
    func splits(length: Int) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = MASHCore.SHA256.hex(bytes)
        for cut in Set([0, length / 3, length / 2, max(0, length - 1), length]) {
            var hasher = MASHCore.SHA256()
            hasher.update(bytes[..<cut])
            hasher.update(Array(bytes[cut...]))
            #expect(hexString(hasher.finalize()) == whole, "cut at \(cut) of \(length)")
        }
    }
}

@Suite("SHA-256 against swift-crypto's")
struct SHA256ParityTests {
    @Test("every way of feeding and finishing gives Crypto.SHA256's digest, over random lengths and splits")
    func parity() {
        var random = SplitMix64(seed: 2_026_12_03)
        for _ in 0..<500 {
            let length = Int(random.next() % 3_000)
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let expected = Array(Crypto.SHA256.hash(data: bytes))
            let cut = length == 0 ? 0 : Int(random.next() % UInt64(length + 1))
            var pieces = MASHCore.SHA256()
            bytes[..<cut].withUnsafeBytes { pieces.update(bufferPointer: $0) }
            pieces.update(bytes[cut...])
            #expect(pieces.finalize() == expected, "\(length) bytes cut at \(cut)")
            var hex = MASHCore.SHA256()
            hex.update(bytes)
            #expect(hex.finalizeHex() == hexString(expected))
            var short = MASHCore.SHA256()
            short.update(String(decoding: bytes.map { $0 & 0x7f }, as: UTF8.self))
            #expect(short.finalizeHex(bytes: 16) == String(hexString(Array(Crypto.SHA256.hash(data: bytes.map { $0 & 0x7f }))).prefix(32)))
            var written = MASHCore.SHA256()
            written.update(bytes)
            var out = [UInt8](repeating: 0, count: 32)
            out.withUnsafeMutableBytes { written.finalizeHex(bytes: 16, into: $0) }
            #expect(out == Array(hexString(expected).prefix(32).utf8))
        }
    }
}

@Suite("HMAC-SHA-256")
struct HMACSHA256Tests {
    @Test("matches RFC 4231 test cases 2 and 6 (a key longer than a block)")
    func vectors() {
        #expect(hexString(HMACSHA256.code(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(hexString(HMACSHA256.code(key: [UInt8](repeating: 0xaa, count: 131),
                                          message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }
}
