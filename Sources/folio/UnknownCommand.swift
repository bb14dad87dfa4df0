/// The did-you-mean for a mistyped command: `folio biuld` → "did you mean 'build'?".
enum UnknownCommand {
    /// The message when the first argument is a word that names no command; nil otherwise
    /// (an option, or a known command whose own arguments were wrong).
    static func message(arguments: [String], commands: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word) else { return nil }
        let nearest = commands.map { (name: $0, distance: distance(word.lowercased(), $0)) }
            .filter { $0.distance <= max(1, min(2, $0.name.count / 2)) }
            .min { ($0.distance, $0.name) < ($1.distance, $1.name) }
        if let nearest {
            return "error: unknown command '\(word)'; did you mean '\(nearest.name)'?"
        }
        let list = commands.filter { $0 != "help" }.joined(separator: ", ")
        return "error: unknown command '\(word)'; the commands are \(list) (folio help COMMAND for one's options)"
    }

    /// Edits (insert, delete, substitute, swap two neighbours) from one word to the other.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
