/// The communities organizations serve and people belong to, as a vocabulary: known keys with the words
/// people type for them in the network's languages, and any other community as typed.
///
/// Files keep keys (`indigenous`, `mexican`); a community typed as "pueblos indígenas" or "Afrodescendientes"
/// is stored under its key, and one already in a file under another word is read as its key too, so that
/// the checks, the minutes and the reports group by community whatever word was used. A community the
/// vocabulary does not know is kept as typed, and grouped with the same words in other cases and accents.
public enum Communities {
    /// The known communities' keys, in the order menus list them.
    public static let known: [String] = [
        "afro-latino", "indigenous", "women", "youth", "elders", "farmworkers", "domestic-workers", "students",
        "lgbtq", "mexican", "guatemalan", "salvadoran", "honduran", "nicaraguan", "dominican", "cuban", "haitian",
        "puerto-rican", "colombian", "venezuelan", "ecuadorian", "peruvian", "bolivian", "brazilian",
    ]

    /// The communities the summit found missing: goals and sessions with none of them are flagged.
    public static let missing: Set<String> = ["afro-latino", "indigenous"]

    /// The key of a community, from a key or from any of its words in the network's languages (case,
    /// accents, hyphens and a plural `s` aside); for a community the vocabulary does not know, its
    /// words folded (lowercase, no accents, spaces as hyphens).
    public static func key(_ text: String) -> String {
        let folded = fold(text)
        if let key = synonyms[folded] { return key }
        if folded.hasSuffix("s"), let key = synonyms[String(folded.dropLast())] { return key }
        if folded.hasSuffix("es"), let key = synonyms[String(folded.dropLast(2))] { return key }
        return folded
    }

    /// What a file stores for a community typed by someone: its key when the vocabulary knows it, else
    /// the text as typed, trimmed.
    public static func stored(_ typed: String) -> String {
        let key = key(typed)
        return known.contains(key) ? key : typed.trimmingWhitespace
    }

    /// A list of communities with some removed (by any of their words) and others added (as `stored`
    /// gives them, and only when the list does not have them already under some word).
    public static func changing(_ list: [String], adding added: [String] = [], removing removed: [String] = []) -> [String] {
        let gone = Set(removed.map(key))
        var result = list.filter { !gone.contains(key($0)) }
        for community in added.map(stored) where !community.isEmpty && !result.contains(where: { key($0) == key(community) }) {
            result.append(community)
        }
        return result
    }

    /// Whether a community is one the vocabulary knows.
    public static func isKnown(_ text: String) -> Bool {
        known.contains(key(text))
    }

    /// The keys of communities, each once, in the order given.
    public static func keys(_ communities: some Sequence<String>) -> [String] {
        var seen: Set<String> = []
        return communities.map(key).filter { seen.insert($0).inserted }
    }

    /// The text folded as keys are: lowercase, no accents, runs of spaces, hyphens and underscores as one
    /// hyphen, no hyphens at the ends.
    static func fold(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for character in TextFolding.fold(text) {
            if character == " " || character == "-" || character == "_" {
                pendingHyphen = !result.isEmpty
            } else {
                if pendingHyphen { result.append("-") }
                pendingHyphen = false
                result.append(character)
            }
        }
        return result
    }
}
