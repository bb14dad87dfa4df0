import FolioCore

extension Catalog {
    /// Checks the catalog's own consistency: a broken catalog must stop the build,
    /// since every plan is checked against it.
    public func validate() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if firstYear > lastYear {
            problems.append(.error(indicators.first?.location ?? .file(id),
                                   "the catalog's first_year \(firstYear) is after its last_year \(lastYear)"))
        }
        var seenNumbers: Set<Int> = []
        var seenMeasures: Set<String> = []
        for indicator in indicators {
            if !seenNumbers.insert(indicator.number).inserted {
                problems.append(.error(indicator.location, "indicator \(indicator.number) appears twice in the catalog; keep one"))
            }
            if section(indicator.section) == nil {
                problems.append(.error(indicator.location,
                                       "indicator \(indicator.number) names section \(indicator.section), which the catalog's sections do not list"))
            }
            for measure in indicator.measures {
                if !seenMeasures.insert(measure.id).inserted {
                    problems.append(.error(measure.location, "measure \(measure.id) appears twice in the catalog; keep one"))
                }
                if !measure.id.hasPrefix("\(indicator.number)-") {
                    problems.append(.error(measure.location,
                                           "measure \(measure.id) is listed under indicator \(indicator.number); its id must start with '\(indicator.number)-'"))
                }
                if measure.kind == .quantitative && (measure.unit == nil || measure.direction == nil) {
                    problems.append(.error(measure.location,
                                           "quantitative measure \(measure.id) needs a 'unit' and a 'direction' (higher or lower)"))
                }
            }
        }
        return problems
    }
}
