import Mustache

/// Converts a view-model struct into the dictionaries and arrays Mustache looks keys up in.
///
/// swift-mustache can read structs through `Mirror`, but it reflects again for every key it looks
/// up, at every level of the context stack; on a site of thousands of pages that dominated the
/// build. Reflecting each value once, here, makes every later lookup a dictionary hit.
enum TemplateValue {
    static func convert(_ value: Any) -> Any {
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        case let number as Double: return number
        case let strings as [String: String]: return strings
        case let strings as [String]: return strings
        // A type that answers lookups itself (hot rows) is already fast; reflecting it would undo that.
        case let parent as MustacheParent: return parent
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { convert($0.value) } as Any
        case .collection, .set:
            return mirror.children.map { convert($0.value) }
        case .struct, .class:
            var dictionary: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                let childMirror = Mirror(reflecting: child.value)
                if childMirror.displayStyle == .optional && childMirror.children.isEmpty { continue }
                dictionary[label] = convert(child.value)
            }
            return dictionary
        default:
            return value
        }
    }
}
