import FolioPromotion
import Testing

@Suite("Worked examples on the shipped rulebooks")
struct WorkedExampleTests {
    @Test(arguments: WorkedExamples.all.map(\.name))
    func theStatedFiguresHold(name: String) {
        let example = WorkedExamples.all.first { $0.name == name }!
        let differences = example.differences(in: example.figures())
        #expect(differences.isEmpty, "\(name): \(differences.sorted { $0.key < $1.key }.map { "\($0.key): expected \($0.value.0), found \($0.value.1)" })")
    }

    @Test func everyExampleHasItsOwnName() {
        let names = WorkedExamples.all.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
