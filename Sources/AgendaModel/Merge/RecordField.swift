/// A field of a record read and written as text, the way history and conflict records hold values.
///
/// Merge compares fields through these, and a person's choice in a conflict is written back
/// through the same table, so what a conflict shows is exactly what choosing it sets.
struct RecordField<Record>: Sendable {
    let name: String
    let get: @Sendable (Record) -> String?
    let set: @Sendable (inout Record, String?) -> Void
}

extension RecordField where Record == Goal {
    /// The goal's single-valued fields, from the goal's field table; the lists (owners, organizations,
    /// countries, tags, notes, history) merge as sets instead.
    static let goal: [RecordField<Goal>] = Goal.fields.filter { $0.merge == .value }.map { field in
        RecordField(name: field.key, get: { field.text(of: $0) }, set: { field.setText($1, on: &$0) })
    }
}

extension RecordField where Record == Area {
    static let area: [RecordField<Area>] = [
        RecordField(name: "name", get: { $0.name }, set: { $0.name = $1 ?? "" }),
        RecordField(name: "description", get: { $0.description.isEmpty ? nil : $0.description },
                  set: { $0.description = $1 ?? "" }),
    ]
}

extension RecordField where Record == Organization {
    static let organization: [RecordField<Organization>] = [
        RecordField(name: "name", get: { $0.name }, set: { $0.name = $1 ?? "" }),
        RecordField(name: "country", get: { $0.country }, set: { $0.country = $1 ?? "" }),
        RecordField(name: "city", get: { $0.city }, set: { $0.city = $1 }),
        RecordField(name: "kind", get: { $0.kind.rawValue }, set: { $0.kind = OrganizationKind(rawValue: $1 ?? "other") }),
    ] + RecordField.contact(\.contact)
}

extension RecordField where Record == Person {
    static let person: [RecordField<Person>] = [
        RecordField(name: "name", get: { $0.name }, set: { $0.name = $1 ?? "" }),
        RecordField(name: "organization", get: { $0.organization }, set: { $0.organization = $1 }),
        RecordField(name: "country", get: { $0.country }, set: { $0.country = $1 }),
    ] + RecordField.contact(\.contact)
}

extension RecordField where Record == Agenda {
    static let agenda: [RecordField<Agenda>] = [
        RecordField(name: "title", get: { $0.title }, set: { $0.title = $1 ?? "" }),
        RecordField(name: "description", get: { $0.description.isEmpty ? nil : $0.description },
                  set: { $0.description = $1 ?? "" }),
    ]
}

extension RecordField {
    /// The private contact's parts, as `contact.name`, `contact.email`, `contact.phone`, `contact.address`.
    static func contact(_ path: WritableKeyPath<Record, Contact?> & Sendable) -> [RecordField<Record>] {
        let parts: [(String, WritableKeyPath<Contact, String?> & Sendable)] = [
            ("name", \.name), ("email", \.email), ("phone", \.phone), ("address", \.address),
        ]
        return parts.map { name, part in
            RecordField(
                name: "contact." + name,
                get: { $0[keyPath: path]?[keyPath: part] },
                set: { record, text in
                    var contact = record[keyPath: path] ?? Contact()
                    contact[keyPath: part] = text
                    record[keyPath: path] = contact.isEmpty ? nil : contact
                })
        }
    }
}
