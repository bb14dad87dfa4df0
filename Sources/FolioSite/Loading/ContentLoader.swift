import FolioCore
import FolioPlan
import Foundation

/// Everything a build reads from the content folder: the plan, then the school-database
/// tables, whose computed figures complete the plan's actuals (or contradict typed ones).
public enum ContentLoader {
    public static func load(contentFolder: URL, displayRoot: String, sink: DiagnosticSink) -> PlanContent? {
        guard var content = PlanLoader.load(contentFolder: contentFolder, displayRoot: displayRoot, sink: sink) else { return nil }
        let files = ContentFiles(root: contentFolder, displayRoot: displayRoot)
        let tables = TableLoader.load(files, planYears: content.plan.years, sink: sink)
        let figures = MeasureComputations.compute(tables).filter { content.plan.years.contains($0.year) }
        sink.append(contentsOf: ComputedActuals.merge(figures, into: &content.plan))
        content.figures = figures
        return content
    }
}
