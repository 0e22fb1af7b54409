import AgendaModel

/// What a report published with `--private` leaves out: email addresses and phone numbers in free
/// text (replaced by "[contact removed]" in the report's language), and the names of people who are not
/// owners of a goal (those who made changes, wrote notes or reviewed). Contact details of
/// organizations and people never appear in reports, private or not.
public struct Redaction: Sendable {
    /// Nothing left out.
    public static let none = Redaction(isOn: false, owners: [], replacement: "")

    public let isOn: Bool
    /// The names that stay: owners of goals, who are named on the goals themselves.
    private let owners: Set<String>
    private let replacement: String

    private init(isOn: Bool, owners: Set<String>, replacement: String) {
        self.isOn = isOn
        self.owners = owners
        self.replacement = replacement
    }

    /// The redaction of a report of `agenda`: none unless `isPrivate`; `replacement` stands for each
    /// contact removed.
    public init(isPrivate: Bool, agenda: Agenda, replacement: String) {
        guard isPrivate else {
            self = .none
            return
        }
        self.init(isOn: true, owners: Set(agenda.goals.flatMap(\.owners)), replacement: replacement)
    }

    /// Free text as the report shows it: with its contacts replaced when private.
    public func text(_ text: String) -> String {
        isOn ? ContactText.redacting(text, with: replacement) : text
    }

    /// A person's name as the report shows it, or nil when it is left out.
    public func person(_ name: String) -> String? {
        !isOn || owners.contains(name) ? name : nil
    }
}
