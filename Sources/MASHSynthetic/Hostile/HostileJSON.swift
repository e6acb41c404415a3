/// A JSON document held in order, for editing a real referral into a hostile one: members keep their
/// order, so the same edits always give the same bytes, and any part may be replaced by raw bytes
/// that are not JSON at all.
indirect enum HostileJSON {
    /// An object; members in the order they are written, duplicates allowed.
    case object([Member])
    case array([HostileJSON])
    /// A string, escaped as JSON requires when written.
    case string(String)
    /// Text written as it is: numbers, `true`, `null`, or hostile `NaN` and bare words.
    case literal(String)
    /// Bytes written as they are: broken fragments, invalid UTF-8, pre-rendered huge values.
    case bytes([UInt8])

    /// One key and value of an object.
    struct Member {
        var key: String
        var value: HostileJSON
    }

    /// The document as bytes.
    func rendered() -> [UInt8] {
        var output: [UInt8] = []
        write(into: &output)
        return output
    }

    func write(into output: inout [UInt8]) {
        switch self {
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                member.value.write(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.write(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .string(let text):
            Self.writeString(text, into: &output)
        case .literal(let text):
            output.append(contentsOf: text.utf8)
        case .bytes(let bytes):
            output.append(contentsOf: bytes)
        }
    }

    /// `text` as a quoted JSON string: quote, backslash and C0 controls escaped, the rest as UTF-8.
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: Array("\\u00".utf8))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The bytes of `text` as a quoted JSON string.
    static func quoted(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        writeString(text, into: &output)
        return output
    }
}
