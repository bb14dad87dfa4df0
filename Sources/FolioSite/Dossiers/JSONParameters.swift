import FolioCore

/// A typed value's parameters as `--json` carries them: `WordingValue.jsonValue`, encodable. An
/// optional part of a sentence that is absent (an empty list) is left out, at any depth.
struct JSONParameter: Encodable {
    let value: Any

    /// The parameters of a typed value, or nil when it has none (the key is then left out).
    static func of(_ value: some Worded) -> [String: JSONParameter]? {
        let parameters = present(value.parameters)
        return parameters.isEmpty ? nil : parameters.mapValues { JSONParameter(value: json($0)) }
    }

    private static func present(_ parameters: [String: WordingValue]) -> [String: WordingValue] {
        parameters.filter { $0.value != .list([]) }
    }

    private static func json(_ value: WordingValue) -> Any {
        guard case .worded(let key, let parameters) = value else { return value.jsonValue }
        return ["code": key, "parameters": present(parameters).mapValues(json)] as [String: Any]
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
