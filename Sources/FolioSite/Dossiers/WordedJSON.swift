import FolioCore
import Foundation

/// A typed value's parameters for `--json` (`WordingValue.jsonValue`): strings, integers, arrays
/// and objects, encoded as they are.
struct WordedParametersJSON: Encodable {
    let parameters: [String: WordingValue]

    init?(_ parameters: [String: WordingValue]) {
        guard !parameters.isEmpty else { return nil }
        self.parameters = parameters
    }

    func encode(to encoder: Encoder) throws {
        try AnyJSON(parameters.mapValues(\.jsonValue) as [String: Any]).encode(to: encoder)
    }
}

/// JSON of `jsonValue`'s plain shapes.
private struct AnyJSON: Encodable {
    let value: Any

    init(_ value: Any) { self.value = value }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        switch value {
        case let object as [String: Any]:
            var container = encoder.container(keyedBy: Key.self)
            for (key, item) in object { try container.encode(AnyJSON(item), forKey: Key(stringValue: key)) }
        case let array as [Any]:
            var container = encoder.unkeyedContainer()
            for item in array { try container.encode(AnyJSON(item)) }
        case let int as Int:
            var container = encoder.singleValueContainer()
            try container.encode(int)
        default:
            var container = encoder.singleValueContainer()
            try container.encode("\(value)")
        }
    }
}
