import FolioTestSupport
import Testing
@testable import FolioSite

/// The table templates read view fields from (`FieldTable`): every name is found with its value,
/// and no other name is, whatever the collisions of their hashes.
@Suite struct FieldTableTests {
    @Test func findsEveryNameAndNoOther() {
        var random = SeededGenerator(seed: 1517)
        let alphabet = Array("abcdefgh-_.林")
        for _ in 0..<300 {
            let count = random.next(below: 40)
            var entries: [(String, Int)] = []
            var all: Set<String> = []
            while entries.count < count {
                let name = String((0..<(1 + random.next(below: 12))).map { _ in alphabet[random.next(below: alphabet.count)] })
                guard all.insert(name).inserted else { continue }
                entries.append((name, entries.count))
            }
            let table = FieldTable(entries)
            for (name, value) in entries { #expect(table.value(named: name) == value, "\(name)") }
            #expect(Set(table.names) == all)
            for _ in 0..<20 {
                let other = String((0..<(1 + random.next(below: 12))).map { _ in alphabet[random.next(below: alphabet.count)] })
                if !all.contains(other) { #expect(table.value(named: other) == nil, "\(other)") }
            }
        }
        // A worked case: an empty table answers nil; a long name (stored apart from the string) is found.
        #expect(FieldTable<Int>([]).value(named: "labels") == nil)
        #expect(FieldTable([("explanationWithAVeryLongName", 7)]).value(named: "explanationWithAVeryLongName") == 7)
    }
}
