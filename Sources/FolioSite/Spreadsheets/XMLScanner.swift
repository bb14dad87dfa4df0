/// A forward-only scanner over the UTF-8 bytes of an XML part of a workbook, large (a sheet, its
/// shared strings) or small. It reads tokens without allocating until a value is wanted, where
/// Foundation's `XMLParser` builds an attribute dictionary and strings for every element; and it
/// never traps on damaged input, which `XMLParser` on Linux does (found by fuzzing workbooks).
///
/// It reads well-formed XML as Office writes it: elements, attributes, text, character and the
/// five predefined entity references, comments, processing instructions, CDATA. Element and
/// attribute names are compared without their namespace prefix.
struct XMLScanner {
    enum Token {
        case start(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool)
        case end(name: Range<Int>)
        case text(Range<Int>)
        case cdata(Range<Int>)
    }

    struct Malformed: Error {
        var offset: Int
    }

    let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() throws(Malformed) -> Token? {
        guard index < bytes.count else { return nil }
        if bytes[index] != UInt8(ascii: "<") {
            let start = index
            while index < bytes.count && bytes[index] != UInt8(ascii: "<") { index += 1 }
            return .text(start..<index)
        }
        let open = index
        index += 1
        guard index < bytes.count else { throw Malformed(offset: open) }
        switch bytes[index] {
        case UInt8(ascii: "?"):
            try skip(past: [UInt8(ascii: "?"), UInt8(ascii: ">")], from: open)
            return try next()
        case UInt8(ascii: "!"):
            if matches("![CDATA[", at: index) {
                let start = index + 8
                try skip(past: Array("]]>".utf8), from: open)
                return .cdata(start..<(index - 3))
            }
            if matches("!--", at: index) {
                try skip(past: Array("-->".utf8), from: open)
            } else {
                try skip(past: [UInt8(ascii: ">")], from: open)
            }
            return try next()
        case UInt8(ascii: "/"):
            index += 1
            let name = localName(from: index)
            try skip(past: [UInt8(ascii: ">")], from: open)
            return .end(name: name)
        default:
            let name = localName(from: index)
            let attributesStart = index
            var quote: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    let selfClosing = bytes[index - 1] == UInt8(ascii: "/")
                    let attributes = attributesStart..<(selfClosing ? index - 1 : index)
                    index += 1
                    return .start(name: name, attributes: attributes, selfClosing: selfClosing)
                }
                index += 1
            }
            throw Malformed(offset: open)
        }
    }

    /// The name starting at `start` without its prefix (`x:c` → `c`); moves past it.
    private mutating func localName(from start: Int) -> Range<Int> {
        var nameStart = start
        while index < bytes.count, !Self.endsName(bytes[index]) {
            if bytes[index] == UInt8(ascii: ":") { nameStart = index + 1 }
            index += 1
        }
        return nameStart..<index
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
            || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private mutating func skip(past terminator: [UInt8], from open: Int) throws(Malformed) {
        while index + terminator.count <= bytes.count {
            if bytes[index] == terminator[0] && matches(terminator, at: index) {
                index += terminator.count
                return
            }
            index += 1
        }
        throw Malformed(offset: open)
    }

    private func matches(_ text: String, at offset: Int) -> Bool { matches(Array(text.utf8), at: offset) }

    private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for (i, byte) in pattern.enumerated() where bytes[offset + i] != byte { return false }
        return true
    }

    // MARK: Reading tokens

    func name(_ range: Range<Int>, is expected: StaticString) -> Bool {
        guard range.count == expected.utf8CodeUnitCount else { return false }
        let pointer = expected.utf8Start
        for i in 0..<range.count where bytes[range.lowerBound + i] != pointer[i] { return false }
        return true
    }

    /// The raw (still escaped) value of the attribute `name` (compared without prefix).
    func attribute(_ name: StaticString, in range: Range<Int>) -> Range<Int>? {
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, Self.endsName(bytes[i]) { i += 1 }
            let nameStart = i
            var localStart = i
            while i < range.upperBound, bytes[i] != UInt8(ascii: "="), !Self.endsName(bytes[i]) {
                if bytes[i] == UInt8(ascii: ":") { localStart = i + 1 }
                i += 1
            }
            let attributeName = localStart..<i
            while i < range.upperBound, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "'") { i += 1 }
            guard i < range.upperBound, i > nameStart else { return nil }
            let quote = bytes[i]
            let valueStart = i + 1
            i = valueStart
            while i < range.upperBound, bytes[i] != quote { i += 1 }
            if self.name(attributeName, is: name) { return valueStart..<min(i, range.upperBound) }
            i += 1
        }
        return nil
    }

    /// Every attribute of a start tag: qualified name (`r:id`) and unescaped value.
    func attributes(in range: Range<Int>) -> [(String, String)] {
        var result: [(String, String)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, Self.endsName(bytes[i]) { i += 1 }
            let nameStart = i
            while i < range.upperBound, bytes[i] != UInt8(ascii: "="), !Self.endsName(bytes[i]) { i += 1 }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
            while i < range.upperBound, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "'") { i += 1 }
            guard i < range.upperBound else { break }
            let quote = bytes[i]
            let valueStart = i + 1
            i = valueStart
            while i < range.upperBound, bytes[i] != quote { i += 1 }
            result.append((name, text(valueStart..<min(i, range.upperBound))))
            i += 1
        }
        return result
    }

    /// Text with its entity and character references resolved.
    func text(_ range: Range<Int>) -> String {
        let slice = bytes[range]
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var result = String.UnicodeScalarView()
        var decoded: [UInt8] = []
        var i = range.lowerBound
        func flush() {
            result.append(contentsOf: String(decoding: decoded, as: UTF8.self).unicodeScalars)
            decoded.removeAll(keepingCapacity: true)
        }
        while i < range.upperBound {
            let byte = bytes[i]
            if byte == UInt8(ascii: "&"), let semicolon = bytes[i..<min(range.upperBound, i + 12)].firstIndex(of: UInt8(ascii: ";")) {
                let entity = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
                if let scalar = Self.entity(entity) {
                    flush()
                    result.append(scalar)
                    i = semicolon + 1
                    continue
                }
            }
            decoded.append(byte)
            i += 1
        }
        flush()
        return String(result)
    }

    func raw(_ range: Range<Int>) -> ArraySlice<UInt8> { bytes[range] }

    static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}
