/// A person of the network, who may own goals, attend sessions and speak in them.
public struct Person: Equatable, Sendable, Identifiable {
    /// A readable slug.
    public var id: String
    public var name: String
    /// The id of the person's organization.
    public var organization: String?
    /// ISO 3166 alpha-2 code.
    public var country: String?
    public var communities: [String]
    public var languages: [String]
    public var contact: Contact?
    public var extras: ExtraFields

    public init(
        id: String, name: String, organization: String? = nil, country: String? = nil,
        communities: [String] = [], languages: [String] = [], contact: Contact? = nil,
        extras: ExtraFields = ExtraFields()
    ) {
        self.id = id
        self.name = name
        self.organization = organization
        self.country = country
        self.communities = communities
        self.languages = languages
        self.contact = contact
        self.extras = extras
    }
}
