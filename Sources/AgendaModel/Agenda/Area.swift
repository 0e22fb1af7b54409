/// An area of the agenda that groups goals, such as leadership or legislative reform.
public struct Area: Equatable, Sendable, Identifiable {
    /// A readable slug such as `leadership`.
    public var id: String
    public var name: String
    public var description: String
    /// The translations of its texts, by field and language.
    public var translations: Translations
    public var extras: ExtraFields

    public init(id: String, name: String, description: String = "", translations: Translations = Translations(), extras: ExtraFields = ExtraFields()) {
        self.id = id
        self.name = name
        self.description = description
        self.translations = translations
        self.extras = extras
    }
}
