/// An organization of the network: a federation, a diocese, a state legislature, ...
public struct Organization: Equatable, Sendable, Identifiable {
    /// A readable slug such as `alianza`.
    public var id: String
    public var name: String
    /// ISO 3166 alpha-2 code, such as `MX` or `US`.
    public var country: String
    public var city: String?
    public var kind: OrganizationKind
    /// Communities the organization serves (`afro-latino`, `indigenous`, `women`, ...): an open list.
    public var communities: [String]
    public var contact: Contact?
    /// The translations of its texts, by field and language.
    public var translations: Translations
    public var extras: ExtraFields

    public init(
        id: String, name: String, country: String, city: String? = nil, kind: OrganizationKind = .other,
        communities: [String] = [], contact: Contact? = nil, translations: Translations = Translations(), extras: ExtraFields = ExtraFields()
    ) {
        self.id = id
        self.name = name
        self.country = country
        self.city = city
        self.kind = kind
        self.communities = communities
        self.contact = contact
        self.translations = translations
        self.extras = extras
    }
}
