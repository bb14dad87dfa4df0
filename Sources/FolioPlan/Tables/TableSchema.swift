/// One column of a school-database table as Folio reads it: its Folio name (used in the
/// mapping file), the export header it has by default, and what it holds.
public struct TableField: Sendable, Equatable {
    public var name: String
    public var defaultHeader: String
    public var kind: FieldKind
    /// A required field's column must be in the export and its cells must not be empty.
    public var isRequired: Bool
    /// Names a person or identifies one (姓名, 學號, 教師編號): shown only on internal pages.
    public var isPersonal: Bool

    public init(_ name: String, _ defaultHeader: String, _ kind: FieldKind = .text, required: Bool = false,
                personal: Bool = false) {
        self.name = name
        self.defaultHeader = defaultHeader
        self.kind = kind
        self.isRequired = required
        self.isPersonal = personal
    }
}

/// A table of the school database (校務資料庫) that Folio computes figures from.
public struct TableSchema: Sendable {
    /// The ministry's number, e.g. "4-8-2".
    public var id: String
    public var name: String
    public var fields: [TableField]

    public init(id: String, name: String, fields: [TableField]) {
        self.id = id
        self.name = name
        self.fields = fields
    }

    public func field(_ name: String) -> TableField? { fields.first { $0.name == name } }

    /// 表4-8-2: how the ministry cites a table.
    public var citation: String { "表\(id)" }
}
