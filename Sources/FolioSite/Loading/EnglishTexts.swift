import FolioCore
import Foundation

/// Reads the English beside a Chinese display text: `name` and `name_en`, `label` and `label_en`.
///
/// While the site's languages include English, a missing translation is an error at the Chinese
/// key, so the English pages never show Chinese the data should have translated. Without English
/// the `_en` keys are still read (and so not unknown), but may be left out.
extension YAMLMapping {
    /// The English of the text under `key`, from `<key>_en`; nil when the Chinese is absent too.
    func english(of key: String, required: Bool) -> String? {
        let english = optional("\(key)_en")
        guard let english else {
            if required, let chinese = entries.first(where: { $0.key == key }), !chinese.value.isNull {
                reportMissingEnglish(key: key, at: chinese.keyLocation, sample: chinese.value.string())
            }
            return nil
        }
        guard entries.contains(where: { $0.key == key && !$0.value.isNull }) else {
            value.sink.error(english.location, "'\(key)_en' is the English of '\(key)', which is not given here: add '\(key)' or remove '\(key)_en'")
            return nil
        }
        return english.nonEmptyString("the English of '\(key)'")
    }

    /// The English of the list of `chinese` texts under `key`, from the list `<key>_en`, item for item.
    func englishList(of key: String, _ chinese: [String], required: Bool) -> [String]? {
        guard let english = optional("\(key)_en") else {
            if required, !chinese.isEmpty, let entry = entries.first(where: { $0.key == key }) {
                reportMissingEnglish(key: key, at: entry.keyLocation, sample: chinese.first)
            }
            return nil
        }
        guard let items = english.list() else { return nil }
        let texts = items.compactMap { $0.nonEmptyString("the English of an item of '\(key)'") }
        guard texts.count == items.count else { return nil }
        let chineseCount = chinese.count
        if chineseCount != items.count {
            value.sink.error(english.location, "'\(key)_en' has \(items.count) \(items.count == 1 ? "item" : "items") but '\(key)' has \(chineseCount); give the English of each item of '\(key)', in the same order")
            return nil
        }
        return texts
    }

    private func reportMissingEnglish(key: String, at location: SourceLocation, sample: String?) {
        let owner = value.path.isEmpty ? "'\(key)'" : "'\(value.path).\(key)'"
        let quoted = sample.map { text in
            let line = text.split(separator: "\n").first.map(String.init) ?? text
            return " (\(line.count > 24 ? String(line.prefix(24)) + "…" : line))"
        } ?? ""
        value.sink.error(location, "\(owner)\(quoted) has no English, and the site's languages include English: add '\(key)_en: …' beside it")
    }
}
