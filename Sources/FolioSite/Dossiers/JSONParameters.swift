import FolioCore

/// A typed value's parameters as `--json` carries them: `WordingValue.jsonValue`, encodable.
struct JSONParameter: Encodable {
    let value: Any

    /// The parameters of a typed value, or nil when it has none (the key is then left out).
    static func of(_ value: some Worded) -> [String: JSONParameter]? {
        value.parameters.isEmpty ? nil : value.parameters.mapValues { JSONParameter(value: $0.jsonValue) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch value {
        case let text as String: try container.encode(text)
        case let count as Int: try container.encode(count)
        case let values as [Any]: try container.encode(values.map(JSONParameter.init))
        case let object as [String: Any]: try container.encode(object.mapValues(JSONParameter.init))
        default: try container.encodeNil()
        }
    }
}
