/// Private contact details of an organization or person; reports for publishing leave them out.
public struct Contact: Equatable, Sendable {
    public var name: String?
    public var email: String?
    public var phone: String?
    public var address: String?
    public var extras: ExtraFields

    public init(
        name: String? = nil, email: String? = nil, phone: String? = nil, address: String? = nil,
        extras: ExtraFields = ExtraFields()
    ) {
        self.name = name
        self.email = email
        self.phone = phone
        self.address = address
        self.extras = extras
    }

    /// Whether no detail is set.
    public var isEmpty: Bool {
        name == nil && email == nil && phone == nil && address == nil && extras.isEmpty
    }
}
