extension NounRenames {
    static func lowercase(_ character: Character) -> Character {
        character.lowercased().first ?? character
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// The first rule whose words start at `index` and end at a word boundary.
    static func match(_ rules: [Rule], in characters: [Character], at index: Int) -> (Rule, Int)? {
        for rule in rules {
            let end = index + rule.lowercased.count
            guard end <= characters.count, end == characters.count || !isWordCharacter(characters[end]) else {
                continue
            }
            if zip(characters[index..<end], rule.lowercased).allSatisfy({ lowercase($0) == $1 }) {
                return (rule, rule.lowercased.count)
            }
        }
        return nil
    }

    /// The replacement in the case of the text it replaces: as written when the text matches the
    /// operator's spelling exactly (so "VM" stays an acronym's replacement as written), upper case
    /// for upper-case text, a capital first letter for capitalised text.
    static func styled(_ rule: Rule, matched: ArraySlice<Character>) -> String {
        if Array(matched) == rule.written { return rule.replacement }
        let letters = matched.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return rule.replacement.uppercased() }
        guard let first = letters.first, first.isUppercase, let head = rule.replacement.first else {
            return rule.replacement
        }
        return head.uppercased() + rule.replacement.dropFirst()
    }
}
