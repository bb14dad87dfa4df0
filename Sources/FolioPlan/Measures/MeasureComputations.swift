/// Which ministry measures Folio computes, from which tables, and how.
public struct MeasureComputation: Sendable {
    public var measureID: String
    /// The tables read; the first one decides which plan years the measure is computed for.
    public var tables: [String]
    let compute: @Sendable (TableSet, Int) -> ComputedFigure?

    init(_ measureID: String, _ tables: [String], _ compute: @escaping @Sendable (TableSet, Int) -> ComputedFigure?) {
        self.measureID = measureID
        self.tables = tables
        self.compute = compute
    }

    /// One measure from one table, for every plan year the table has files for.
    init(_ measureID: String, from table: String, _ compute: @escaping @Sendable ([TableFile], Int) -> ComputedFigure?) {
        self.init(measureID, [table]) { set, year in compute(set.files(table, year: year), year) }
    }
}

public enum MeasureComputations {
    public static let all: [MeasureComputation] = [
        MeasureComputation("1-1", from: "4-8-2", CertificatePasses.compute),
        MeasureComputation("1-2", from: "4-8-1", CompetitionAwards.compute),
        MeasureComputation("2-1", from: "1-1", IndustryStudyShare.compute),
        MeasureComputation("3-1", from: "3-5", CourseStructureMeasures.innovativeTeachers),
        MeasureComputation("3-2", from: "3-5", CourseStructureMeasures.innovativeEnrolments),
        MeasureComputation("4-1", from: "4-6", CrossDomainLearning.compute),
        MeasureComputation("5-1", from: "4-2", STEMStudents.compute),
        MeasureComputation("5-2", from: "3-5", CourseStructureMeasures.stemEnrolments),
        MeasureComputation("5-3", from: "4-2-11", TechnologyCourseStudents.programming),
        MeasureComputation("5-4", from: "4-2-11", TechnologyCourseStudents.microProgram),
        MeasureComputation("7-1", from: "15-17", ProfessionalEnglishCourses.compute),
        MeasureComputation("7-2", ["4-8-3"]) { set, year in
            CEFRLevels.compute(set.files("4-8-3", year: year), year: year, conversions: set.cefrConversions)
        },
        MeasureComputation("8-1", ["4-2", "1-1"]) { set, year in
            StudentTeacherRatio.compute(enrolment: set.files("4-2", year: year), teachers: set.files("1-1", year: year), year: year,
                                        partTimeCapShare: set.partTimeCapShare)
        },
        MeasureComputation("10-1", from: "3-5", CourseStructureMeasures.entrepreneurshipTeachers),
        MeasureComputation("10-2", from: "3-5", CourseStructureMeasures.entrepreneurshipEnrolments),
        MeasureComputation("11-2", from: "1-8", IndustryProjects.compute),
        MeasureComputation("11-3", from: "1-12", PatentsAndTransfers.patents),
        MeasureComputation("11-4", from: "1-16", PatentsAndTransfers.transfers),
    ]

    public static func computation(for measureID: String) -> MeasureComputation? {
        all.first { $0.measureID == measureID }
    }

    /// Every figure the tables allow: each measure for each plan year its first table has files for.
    public static func compute(_ tables: TableSet) -> [ComputedFigure] {
        all.flatMap { computation in
            tables.years(of: computation.tables[0]).compactMap { computation.compute(tables, $0) }
        }
    }
}
