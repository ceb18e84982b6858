/// Finds the known key a mistyped one was probably meant to be, for "did you mean" hints.
enum KeySuggestion {
    /// The known key closest to `key` by edit distance, when it is close enough to be a typo: at
    /// most one edit for keys of up to four characters, two for longer ones.
    static func closest(to key: String, in known: [String]) -> String? {
        let limit = key.count <= 4 ? 1 : 2
        let scored = known.map { (candidate: $0, distance: distance(key.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
        return best.candidate
    }

    /// The Damerau–Levenshtein distance (insertions, deletions, substitutions and swaps of two
    /// neighbouring characters), so `prot` is one edit from `port`.
    static func distance(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }
}
