import AgendaModel

/// The names closest to a mistyped one, for "did you mean" in messages.
///
/// Names are compared folded (case and accents aside). A name that holds the typed text, or that the
/// typed text holds, comes first; then the others by how many edits away they are from the whole name,
/// one of its words or its beginning (`votes` is close to `voting-abroad`), a swap of two neighbouring
/// letters counting as one edit.
enum Closest {
    /// Up to `limit` of `names`, closest first, among those within `within` edits (by default one edit
    /// for a text of up to 4 letters, else a third of its length and at least 2).
    static func names(to typed: String, among names: [String], limit: Int = 3, within: Int? = nil) -> [String] {
        let folded = TextFolding.fold(typed)
        guard !folded.isEmpty else { return [] }
        let bound = within ?? (folded.count <= 4 ? 1 : max(2, folded.count / 3))
        let scored = names.enumerated().compactMap { index, name -> (name: String, score: Int, index: Int)? in
            let score = self.score(folded, TextFolding.fold(name))
            return score <= bound ? (name, score, index) : nil
        }
        var seen: Set<String> = []
        return scored.sorted { ($0.score, $0.index) < ($1.score, $1.index) }.map(\.name)
            .filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    /// How far a typed text is from a name, both folded: 0 when one holds the other.
    static func score(_ typed: String, _ name: String) -> Int {
        if name.contains(typed) || typed.contains(name) { return 0 }
        let words = name.split { $0 == "-" || $0 == " " || $0 == "_" }.map(String.init)
        let parts = (words.count > 1 ? words : []) + (name.count > typed.count ? [String(name.prefix(typed.count))] : [])
        return parts.map { editDistance(typed, $0) }.reduce(editDistance(typed, name), min)
    }

    /// The optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbouring characters, each one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
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
