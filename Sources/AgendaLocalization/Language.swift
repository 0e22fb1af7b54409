import Foundation

/// A language the interface speaks.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case spanish = "es"
    case portuguese = "pt"
    case french = "fr"

    /// The language from an explicit choice (`--lang`), else from `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// (the first set one wins, as POSIX orders them), else English.
    public static func resolve(option: String?, environment: [String: String]) -> Language {
        if let option, let language = Language(code: option) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(code: value) ?? .english
        }
        return .english
    }

    /// The language of a locale code such as `es`, `pt_BR.UTF-8` or `fr-CA`; nil when not one of ours.
    public init?(code: String) {
        let prefix = code.lowercased().prefix { $0.isLetter }
        guard let language = Language(rawValue: String(prefix)) else { return nil }
        self = language
    }

    /// Whether a count takes the singular: 1 in English, Spanish and Portuguese; 0 and 1 in French.
    public func takesSingular(_ count: Int) -> Bool {
        self == .french ? (count == 0 || count == 1) : count == 1
    }
}
