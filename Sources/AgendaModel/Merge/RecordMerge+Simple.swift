extension RecordMerge {
    /// The merged areas, organizations and people, each record field by field. With no `base` (copies
    /// with no common version), any field the copies hold differently conflicts, and the lists keep
    /// ours' order with what only theirs has after it (theirs stands in as the base of the order).
    static func simpleRecords(_ result: inout Agenda, base: Agenda?, ours: Agenda, theirs: Agenda, merger: inout FieldMerger) {
        let order = base ?? theirs
        let threeWay = base != nil
        result.areas = merge(base: order.areas, ours: ours.areas, theirs: theirs.areas, id: \.id, precedes: { $0.id < $1.id }) { b, o, t in
            fields(threeWay ? b : nil, o, t, subject: .area, id: (o ?? t ?? b)!.id, fields: RecordField.area, sets: [],
                   extras: \.extras, translations: \.translations, merger: &merger)
        }
        result.organizations = merge(
            base: order.organizations, ours: ours.organizations, theirs: theirs.organizations, id: \.id, precedes: { $0.id < $1.id }
        ) { b, o, t in
            fields(threeWay ? b : nil, o, t, subject: .organization, id: (o ?? t ?? b)!.id, fields: RecordField.organization,
                   sets: [\.communities], extras: \.extras, translations: \.translations, merger: &merger)
        }
        result.people = merge(base: order.people, ours: ours.people, theirs: theirs.people, id: \.id, precedes: { $0.id < $1.id }) { b, o, t in
            fields(threeWay ? b : nil, o, t, subject: .person, id: (o ?? t ?? b)!.id, fields: RecordField.person,
                   sets: [\.communities, \.languages], extras: \.extras, merger: &merger)
        }
    }
}
