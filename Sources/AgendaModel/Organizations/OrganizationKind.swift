/// What kind of body an organization is: a federation, a hometown association, an NGO, ...
public struct OrganizationKind: KnownValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let federation = OrganizationKind(rawValue: "federation")
    public static let hometownAssociation = OrganizationKind(rawValue: "hometown-association")
    public static let ngo = OrganizationKind(rawValue: "ngo")
    public static let faithBased = OrganizationKind(rawValue: "faith-based")
    public static let union = OrganizationKind(rawValue: "union")
    public static let legislature = OrganizationKind(rawValue: "legislature")
    public static let governmentOffice = OrganizationKind(rawValue: "government-office")
    public static let academic = OrganizationKind(rawValue: "academic")
    public static let other = OrganizationKind(rawValue: "other")

    public static let known: [OrganizationKind] = [
        .federation, .hometownAssociation, .ngo, .faithBased, .union, .legislature, .governmentOffice,
        .academic, .other,
    ]
}
