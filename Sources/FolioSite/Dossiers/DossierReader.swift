import FolioCore
import FolioPromotion
import Foundation

/// Reads `dossier.yaml` into a `Dossier`: types, ranges and unknown keys; the checks that need
/// the rulebook (windows, items, duplicates) are `Dossier.validate(against:)`.
struct DossierReader {
    let sink: DiagnosticSink
    let knownPlans: Set<String>

    func read(_ text: String, file: String, round: String) -> Dossier? {
        guard let root = YAMLValue.parse(text, file: file, sink: sink)?.mapping() else { return nil }
        var locations: [String: SourceLocation] = [:]
        for entry in root.entries { locations[entry.key] = entry.value.location }

        let applicant = root.required("applicant", "the applicant's name")?.nonEmptyString()
        let department = root.required("department", "the department, e.g. 物理治療學系")?.nonEmptyString()
        let movedCategory = root.optional("paper_conditions_category")?.word(ResearchCategory.self)
        let kind = root.required("application", "new_hire or promotion")?.word(ApplicationKind.self)
        let currentRank = root.optional("current_rank").flatMap(rank)
        let currentSince = root.optional("current_rank_since")?.date()
        let appliedRank = root.required("applied_rank", "the rank applied for, e.g. associate_professor")
            .flatMap(rank)
        let date = root.required("application_date", "the application date, e.g. 115/09/15")?.date()
        let withDegree = root.optional("applying_with_degree")?.bool() ?? false
        let degree = root.optional("degree")?.word(DegreeLevel.self)
        let abroad = root.optional("studied_abroad_years").flatMap { nonNegative($0, "studied_abroad_years") } ?? 0
        let physician = root.optional("attending_physician")?.bool() ?? false
        let secondment = root.optional("secondment")?.mapping().flatMap(readSecondment)
        let pregnancy = root.optional("pregnancy_or_birth")?.list()?.compactMap { value in
            value.date().map { DatedRecord(date: $0, location: value.location) }
        } ?? []
        let hours = root.optional("teaching_hours")?.list()?.compactMap { $0.mapping().flatMap(readHours) } ?? []
        let review = root.optional("external_review")?.list()?.compactMap { value -> ExternalMark? in
            guard let mark = value.decimal("a mark between 0 and 100") else { return nil }
            guard mark >= 0 && mark <= 100 else {
                sink.error(value.location, "external review mark \(mark.pointsText) is outside 0–100; write the reviewer's mark out of 100")
                return nil
            }
            return ExternalMark(mark: mark, location: value.location)
        } ?? []
        let teaching = root.optional("teaching")?.mapping().flatMap(readTeaching) ?? TeachingRecords()
        let excluded = root.optional("excluded_semesters")?.list()?.compactMap { $0.mapping().flatMap(readExcludedSemester) } ?? []
        let service = root.optional("service")?.list()?.compactMap { $0.mapping().flatMap(readServiceYear) } ?? []
        let grants = root.optional("grants")?.list()?.compactMap { $0.mapping().flatMap(readGrant) } ?? []
        let studentGrants = root.optional("student_grants")?.list()?.compactMap { $0.mapping().flatMap(readStudentGrant) } ?? []
        let patents = root.optional("patents")?.list()?.compactMap { $0.mapping().flatMap(readPatent) } ?? []
        let transfers = root.optional("transfers")?.list()?.compactMap { $0.mapping().flatMap(readTransfer) } ?? []
        let industry = root.optional("industry")?.list()?.compactMap { $0.mapping().flatMap(readIndustry) } ?? []
        let bandGranted = root.optional("industry_band_granted").flatMap { nonNegative($0, "industry_band_granted") }
        let claimed = root.optional("claimed")?.mapping().flatMap { map -> ClaimedTotals? in
            let teaching = map.optional("teaching").flatMap { claimedPoints($0, "the claimed teaching score") }
            let service = map.optional("service").flatMap { claimedPoints($0, "the claimed service score") }
            let research = map.optional("research").flatMap { claimedPoints($0, "the claimed research score") }
            map.rejectUnknownKeys()
            return ClaimedTotals(teaching: teaching, service: service, research: research, location: map.location)
        }
        root.rejectUnknownKeys()

        if kind == .promotion, currentRank == nil, root.optional("current_rank") == nil {
            sink.error(root.location, "the file is missing 'current_rank': a promotion needs the rank held now, e.g. assistant_professor")
        }
        if kind == .promotion, currentSince == nil, root.optional("current_rank_since") == nil {
            sink.error(root.location, "the file is missing 'current_rank_since': a promotion needs the date the current rank was reached, e.g. 110/08/01")
        }
        guard let applicant, let department, let kind, let appliedRank, let date else { return nil }
        var dossier = Dossier(round: round, applicant: applicant, department: department, paperConditionsCategory: movedCategory,
                              kind: kind, currentRank: currentRank, currentRankSince: currentSince, appliedRank: appliedRank,
                              applicationDate: date, applyingWithDegree: withDegree, degree: degree, studiedAbroadYears: abroad,
                              attendingPhysician: physician, secondment: secondment, pregnancyOrBirth: pregnancy,
                              teachingHours: hours, externalReview: review, teaching: teaching, service: service, grants: grants,
                              studentGrants: studentGrants, patents: patents, transfers: transfers, industry: industry,
                              industryBandGranted: bandGranted, location: root.location)
        dossier.fieldLocations = locations
        dossier.excludedSemesters = excluded
        dossier.claimedTotals = claimed
        return dossier
    }

    // MARK: Values

    /// 申請人自評 points: a number, 0 to the points bound (a claim may be of a deduction: then negative to minus the bound).
    func claimedPoints(_ value: YAMLValue, _ what: String) -> Decimal? {
        guard let number = value.decimal() else { return nil }
        guard abs(number) <= RecordBounds.points else {
            sink.error(value.location, "\(what) \(number.pointsText) is beyond ±\(RecordBounds.points.pointsText); write the points as the applicant's 自評 gives them")
            return nil
        }
        return number
    }

    func rank(_ value: YAMLValue) -> Rank? {
        guard let text = value.nonEmptyString("a rank") else { return nil }
        if let rank = Rank(word: text) { return rank }
        sink.error(value.location, "'\(text)' is not a rank; use lecturer, assistant_professor, associate_professor or professor (講師、助理教授、副教授、教授)")
        return nil
    }

    func nonNegative(_ value: YAMLValue, _ what: String) -> Decimal? {
        guard let number = value.decimal() else { return nil }
        guard number >= 0 else {
            sink.error(value.location, "'\(value.path)' is negative (\(number.pointsText)); \(what) cannot be below 0")
            return nil
        }
        return number
    }

    func amount(_ value: YAMLValue) -> Decimal? {
        nonNegative(value, "an amount in NT$")
    }

    /// A share in (0, 1], as a decimal (0.5) or a fraction (1/3).
    func share(_ value: YAMLValue) -> Decimal? {
        guard let text = value.string("a share such as 0.5 or 1/3") else { return nil }
        var number: Decimal?
        let parts = text.split(separator: "/")
        if parts.count == 2, let a = Decimal(exactlyWritten: String(parts[0])), let b = Decimal(exactlyWritten: String(parts[1])), b != 0 {
            number = a / b
        } else {
            number = Decimal(exactlyWritten: text)
        }
        guard let number, number > 0, number <= 1 else {
            sink.error(value.location, "share '\(text)' must be above 0 and at most 1; write the applicant's share, e.g. 0.5 or 1/3")
            return nil
        }
        return number
    }

    func semester(_ value: YAMLValue) -> Semester? {
        guard let text = value.string("a semester such as 113-1") else { return nil }
        guard let semester = Semester(parsing: text) else {
            sink.error(value.location, "'\(text)' is not a semester; write the academic year and term, e.g. 113-1 or 113-2")
            return nil
        }
        return semester
    }

    // MARK: Records

    func readSecondment(_ map: YAMLMapping) -> Secondment? {
        let basis = map.optional("basis")?.word(Secondment.Basis.self) ?? .seconded
        let years = map.required("years", "the years of secondment or hospital service")
            .flatMap { nonNegative($0, "years of secondment") }
        let misconduct = map.optional("misconduct")?.bool() ?? false
        let usedBefore = map.required("conditions_used_before", "true if the seconded paper conditions were used in an earlier application (R-P7)")?.bool()
        map.rejectUnknownKeys()
        guard let years, let usedBefore else { return nil }
        return Secondment(basis: basis, years: years, misconduct: misconduct, usedBefore: usedBefore, location: map.location)
    }

    func readHours(_ map: YAMLMapping) -> TeachingHourRecord? {
        let year = map.required("year", "the academic year, e.g. 113")?.int()
        let weekly = map.required("weekly", "the average weekly hours taught").flatMap { nonNegative($0, "weekly hours") }
        let reduction = map.optional("reduction").flatMap { nonNegative($0, "a reduction") } ?? 0
        let abroad = map.optional("abroad")?.bool() ?? false
        map.rejectUnknownKeys()
        guard let year, let weekly else { return nil }
        return TeachingHourRecord(academicYear: year, weekly: weekly, reduction: reduction, abroad: abroad, location: map.location)
    }

    /// Reason words as a secretary may write them, besides the ids.
    static let exclusionReasonWords: [String: ExcludedSemester.Reason] = [
        "出國進修": .studyAbroad, "出國研究": .studyAbroad, "出國進修/研究": .studyAbroad, "出國進修或研究": .studyAbroad,
        "留職停薪": .unpaidLeave, "借調": .onLoan, "育嬰": .parentalLeave, "育嬰留職停薪": .parentalLeave, "其他": .other,
    ]

    func readExcludedSemester(_ map: YAMLMapping) -> ExcludedSemester? {
        let semester = map.required("semester", "the semester not taught, e.g. 113-1").flatMap(semester)
        let reasonValue = map.required("reason", "why the semester is left out: study_abroad, unpaid_leave, on_loan, parental_leave or other")
        let note = map.optional("note")?.nonEmptyString()
        map.rejectUnknownKeys()
        var reason: ExcludedSemester.Reason?
        if let reasonValue, let text = reasonValue.string("a reason such as study_abroad") {
            reason = Self.exclusionReasonWords[text.trimmingCharacters(in: .whitespaces)] ?? reasonValue.word(ExcludedSemester.Reason.self)
        }
        if reason == .other, note == nil {
            sink.error(map.location, "an excluded semester with reason 'other' needs 'note' saying what the reason is")
            return nil
        }
        guard let semester, let reason else { return nil }
        return ExcludedSemester(semester: semester, reason: reason, note: note, location: map.location)
    }

    func readTeaching(_ map: YAMLMapping) -> TeachingRecords {
        var records = TeachingRecords()
        for entry in map.entries {
            if let list = TeachingList(rawValue: entry.key) { records.listLocations[list] = entry.keyLocation }
        }
        if let ability = map.optional("ability")?.mapping() {
            for entry in ability.entries {
                let numbers = entry.value.list()?.compactMap { $0.int("an item number") } ?? []
                records.ability.append(AbilityAnswer(dimension: entry.key, yes: numbers, location: entry.keyLocation))
            }
        }
        records.evaluations = map.optional("evaluations")?.list()?.compactMap { value -> EvaluationRecord? in
            guard let m = value.mapping() else { return nil }
            let semester = m.required("semester", "the semester, e.g. 113-1").flatMap(semester)
            let average = m.required("average", "the valid weighted average").flatMap { nonNegative($0, "an average") }
            m.rejectUnknownKeys()
            guard let semester, let average else { return nil }
            return EvaluationRecord(semester: semester, average: average, location: m.location)
        } ?? []
        records.growth = map.optional("growth")?.list()?.compactMap { value -> GrowthRecord? in
            guard let m = value.mapping() else { return nil }
            let semester = m.required("semester", "the semester, e.g. 113-1").flatMap(semester)
            let points = m.required("points", "the growth-activity points earned (0 if none)").flatMap { nonNegative($0, "growth points") }
            let base = m.required("base", "the base points required that semester").flatMap { nonNegative($0, "the base") }
            m.rejectUnknownKeys()
            guard let semester, let points, let base else { return nil }
            return GrowthRecord(semester: semester, points: points, base: base, location: m.location)
        } ?? []
        records.admin = map.optional("admin")?.list()?.compactMap { value -> AdminRecord? in
            guard let m = value.mapping() else { return nil }
            let semester = m.required("semester", "the semester, e.g. 113-1").flatMap(semester)
            let syllabus = m.required("syllabus", "on_time, late or excused")?.word(AdminRecord.Timeliness.self)
            let grades = m.required("grades", "on_time, late or excused")?.word(AdminRecord.Timeliness.self)
            let correction = m.optional("grade_correction")?.bool() ?? false
            _ = m.optional("note")?.string()   // why a lateness was excused (R-T5 註); kept in the file only
            m.rejectUnknownKeys()
            guard let semester, let syllabus, let grades else { return nil }
            return AdminRecord(semester: semester, syllabus: syllabus, grades: grades, gradeCorrection: correction, location: m.location)
        } ?? []
        records.items = map.optional("items")?.list()?.compactMap { $0.mapping().flatMap { readItem($0, teaching: true) } } ?? []
        map.rejectUnknownKeys()
        return records
    }

    func readItem(_ map: YAMLMapping, teaching: Bool) -> ItemRecord? {
        let item = map.required("item", "the rulebook item's id")?.nonEmptyString()
        let semester = teaching ? map.optional("semester").flatMap(semester) : nil
        let count = map.optional("count").flatMap { nonNegative($0, "a count") } ?? 1
        let hours = map.optional("hours").flatMap { nonNegative($0, "hours") }
        let share = map.optional("share").flatMap(share)
        let granted = map.optional("granted")?.decimal()
        let mentees = map.optional("mentees")?.int("a whole number of mentees")
        let planValue = teaching ? map.optional("plan") : nil
        let plan = planValue?.nonEmptyString()
        if let plan, let planValue, !knownPlans.contains(plan) {
            var message = "unknown school teaching plan '\(plan)'"
            if let guess = knownPlans.sorted().closestMatch(to: plan) { message += "; did you mean '\(guess)'?" }
            else { message += "; use one of \(knownPlans.sorted().joined(separator: ", "))" }
            sink.error(planValue.location, message)
        }
        let note = map.optional("note")?.string()
        let claimed = map.optional("claimed").flatMap { claimedPoints($0, "the claimed points of this item") }
        map.rejectUnknownKeys()
        if let mentees, mentees < 0 { sink.error(map.location, "mentees cannot be negative; write the larger semester count") }
        guard let item else { return nil }
        var record = ItemRecord(item: item, semester: semester, count: count, hours: hours, share: share, granted: granted,
                                mentees: mentees, plan: plan, note: note, location: map.location)
        record.claimedPoints = claimed
        return record
    }

    func readServiceYear(_ map: YAMLMapping) -> ServiceYear? {
        let year = map.required("year", "the academic year, e.g. 112")?.int()
        let items = map.required("items", "the year's service items")?.list()?.compactMap { $0.mapping().flatMap { readItem($0, teaching: false) } } ?? []
        map.rejectUnknownKeys()
        guard let year else { return nil }
        return ServiceYear(academicYear: year, items: items, location: map.location)
    }

    func readGrant(_ map: YAMLMapping) -> Grant? {
        let title = map.required("title", "the grant's title")?.nonEmptyString()
        let agency = map.required("agency", "the funding agency, e.g. 國科會")?.nonEmptyString()
        let start = map.required("start", "the start date")?.date()
        let end = map.required("end", "the end date")?.date()
        let pi = map.optional("principal_investigator")?.bool() ?? true
        let reviewed = map.optional("peer_reviewed")?.bool() ?? true
        let commissioned = map.optional("commissioned")?.bool() ?? false
        map.rejectUnknownKeys()
        guard let title, let agency, let start, let end else { return nil }
        return Grant(title: title, agency: agency, start: start, end: end, principalInvestigator: pi, peerReviewed: reviewed,
                     commissioned: commissioned, location: map.location)
    }

    func readStudentGrant(_ map: YAMLMapping) -> StudentGrant? {
        let title = map.required("title", "the project's title")?.nonEmptyString()
        let start = map.required("start", "the start date")?.date()
        map.rejectUnknownKeys()
        guard let title, let start else { return nil }
        return StudentGrant(title: title, start: start, location: map.location)
    }

    func readPatent(_ map: YAMLMapping) -> Patent? {
        let title = map.required("title", "the patent's title")?.nonEmptyString()
        let country = map.required("country", "the granting country: ROC, JP, CA, CN, US, EU or another code")?.nonEmptyString()
        let granted = map.required("granted", "the grant date")?.date()
        let share = map.optional("share").flatMap(share) ?? 1
        map.rejectUnknownKeys()
        guard let title, let country, let granted else { return nil }
        return Patent(title: title, country: country, granted: granted, share: share, location: map.location)
    }

    func readTransfer(_ map: YAMLMapping) -> Transfer? {
        let title = map.required("title", "the transfer's title")?.nonEmptyString()
        let date = map.required("date", "the date received")?.date()
        let amount = map.required("amount", "the amount received in NT$").flatMap(amount)
        let share = map.optional("share").flatMap(share) ?? 1
        map.rejectUnknownKeys()
        guard let title, let date, let amount else { return nil }
        return Transfer(title: title, date: date, amount: amount, share: share, location: map.location)
    }

    func readIndustry(_ map: YAMLMapping) -> IndustryProject? {
        let title = map.required("title", "the project's title")?.nonEmptyString()
        let closed = map.required("closed", "the closing date")?.date()
        let amount = map.required("amount", "the executed amount in NT$ (the sub-project's for sub-project PIs)").flatMap(amount)
        let share = map.optional("share").flatMap(share) ?? 1
        let pi = map.optional("principal_investigator")?.bool() ?? true
        let external = map.optional("external_funder")?.bool() ?? true
        map.rejectUnknownKeys()
        guard let title, let closed, let amount else { return nil }
        return IndustryProject(title: title, closed: closed, amount: amount, share: share, principalInvestigator: pi,
                               externalFunder: external, location: map.location)
    }
}
