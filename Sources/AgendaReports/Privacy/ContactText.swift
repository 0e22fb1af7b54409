/// Email addresses and phone numbers found in free text, for reports that are published.
///
/// An email address is `local@domain.tld`. A phone number is 7 to 15 digits, which may start with `+`
/// and be grouped by spaces, dashes, dots or parentheses (`+52 443 123 4567`, `(212) 555-0199`,
/// `06 12 34 56 78`); digits with no grouping count from 10 on. Dates (`2026-11-29`, `29.11.2026`),
/// year ranges (`2025-2026`) and amounts grouped by thousands (`1.500.000`, `12 500`) are not phone
/// numbers.
public enum ContactText {
    /// The text with each email address and phone number replaced by `replacement`.
    public static func redacting(_ text: String, with replacement: String) -> String {
        guard text.contains(where: { $0 == "@" || $0.isASCIIDigit }) else { return text }
        let characters = Array(text)
        var ranges = emails(in: characters) + phones(in: characters)
        guard !ranges.isEmpty else { return text }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var out = ""
        var position = 0
        for range in ranges where range.lowerBound >= position {
            out += String(characters[position..<range.lowerBound]) + replacement
            position = range.upperBound
        }
        return out + String(characters[position...])
    }

    /// The ranges of the email addresses.
    static func emails(in characters: [Character]) -> [Range<Int>] {
        func isLocal(_ c: Character) -> Bool { c.isLetter || c.isNumber || "._%+-".contains(c) }
        func isDomain(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "." || c == "-" }
        var found: [Range<Int>] = []
        for at in characters.indices where characters[at] == "@" {
            var start = at
            while start > 0, isLocal(characters[start - 1]) { start -= 1 }
            var end = at + 1
            while end < characters.count, isDomain(characters[end]) { end += 1 }
            while end > at + 1, characters[end - 1] == "." || characters[end - 1] == "-" { end -= 1 }
            guard start < at, let dot = characters[(at + 1)..<end].lastIndex(of: "."), dot > at + 1,
                  end - dot > 2, characters[(dot + 1)..<end].allSatisfy(\.isLetter) else { continue }
            if found.last.map({ $0.upperBound > start }) != true { found.append(start..<end) }
        }
        return found
    }

    /// The ranges of the phone numbers.
    static func phones(in characters: [Character]) -> [Range<Int>] {
        func isPart(_ c: Character) -> Bool { c.isASCIIDigit || c == " " || c == "-" || c == "." || c == "(" || c == ")" }
        var found: [Range<Int>] = []
        var index = 0
        while index < characters.count {
            let c = characters[index]
            let startsNumber = c.isASCIIDigit || ((c == "+" || c == "(") && index + 1 < characters.count && characters[index + 1].isASCIIDigit)
            let boundary = index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
            guard startsNumber, boundary else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, isPart(characters[end]) { end += 1 }
            // The number ends at its last digit (a closing parenthesis after a digit is the text's).
            while end > index, !characters[end - 1].isASCIIDigit { end -= 1 }
            let followedByWord = end < characters.count && (characters[end].isLetter || characters[end].isNumber)
            if !followedByWord, isPhone(characters[index..<end]) {
                found.append(index..<end)
            }
            index = max(end, index + 1)
        }
        return found
    }

    /// Whether a run of digits and separators reads as a phone number.
    static func isPhone(_ run: ArraySlice<Character>) -> Bool {
        let digits = run.filter(\.isASCIIDigit).count
        guard (7...15).contains(digits) else { return false }
        let groups = run.split { !$0.isASCIIDigit }.map(\.count)
        let separators = run.filter { !$0.isASCIIDigit && $0 != "+" }
        let international = run.first == "+" || run.first == "("
        if groups.count == 1 { return international || digits >= 10 }
        if international { return true }
        // A date: 2026-11-29, 29-11-2026, 29.11.2026.
        if groups.count == 3, groups.contains(4), groups.filter({ $0 <= 2 }).count == 2 { return false }
        // A range of years: 2025-2026.
        if groups == [4, 4] { return false }
        // An amount grouped by thousands: 1.500.000, 12 500 000.
        let kinds = Set(separators)
        if kinds.count == 1, groups[0] <= 3, groups.dropFirst().allSatisfy({ $0 == 3 }), kinds.first == "." || groups[0] <= 2 {
            return false
        }
        return true
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits 0 to 9.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
