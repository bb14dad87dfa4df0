import FolioCore
import Foundation

/// `plan.base_url` of school.yaml: the absolute http(s) address where `site/public/` is published.
enum BaseURL {
    /// The address ending in "/", or nil (with an error at the value) when it is not an absolute
    /// http or https URL with a host, without query or fragment.
    static func parse(_ value: YAMLValue, sink: DiagnosticSink) -> String? {
        guard let text = value.nonEmptyString("an absolute URL, e.g. https://www.example.edu.tw/sprout/") else { return nil }
        let problem = "'plan.base_url' must be the absolute http or https address where site/public/ is published, e.g. https://www.example.edu.tw/sprout/"
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil, components.user == nil,
              !text.contains(where: { $0.isWhitespace })
        else {
            sink.error(value.location, "\(problem); '\(text)' is not")
            return nil
        }
        return text.hasSuffix("/") ? text : text + "/"
    }
}
