import FolioCore
import FolioPlan
import Foundation

/// Everything a build reads from the content folder: the plan, then the school-database
/// tables, whose computed figures complete the plan's actuals (or contradict typed ones).
public enum ContentLoader {
    public static func load(contentFolder: URL, displayRoot: String, sink: DiagnosticSink) -> PlanContent? {
        let files = ContentFiles(root: contentFolder, displayRoot: displayRoot)
        guard var content = PlanLoader.load(contentFolder: contentFolder, displayRoot: displayRoot, sink: sink) else {
            reportTableErrors(files, sink: sink)
            return nil
        }
        var tables = TableLoader.load(files, planYears: content.plan.years, sink: sink)
        tables.cefrConversions = CEFRConversionLoader.load(files, sink: sink)
        let figures = MeasureComputations.compute(tables).filter { content.plan.years.contains($0.year) }
        sink.append(contentsOf: ComputedActuals.merge(figures, into: &content.plan))
        content.figures = figures
        return content
    }

    /// With no plan the tables cannot complete it, but their own errors are independent of it and
    /// are reported in the same run. Warnings that need the plan years are left out.
    private static func reportTableErrors(_ files: ContentFiles, sink: DiagnosticSink) {
        let tableSink = DiagnosticSink()
        _ = TableLoader.load(files, planYears: [], sink: tableSink)
        sink.append(contentsOf: tableSink.diagnostics.filter { $0.severity == .error })
    }
}
