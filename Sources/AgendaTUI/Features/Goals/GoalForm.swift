import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The goal editor: a form with every field of a goal, and the edits its values make.
enum GoalForm {
    /// The form for a goal of an agenda.
    static func make(_ goal: Goal, _ agenda: Agenda, _ strings: Strings) -> FormState {
        let family = Set(agenda.subtree(of: goal.id))
        var owners: [String] = []
        var seen: Set<String> = []
        for name in agenda.goals.flatMap(\.owners) + goal.owners where seen.insert(name).inserted { owners.append(name) }
        owners.sort { TextFolding.fold($0) < TextFolding.fold($1) }
        let fields: [FormField] = [
            FormField("title", .fieldTitle, .text(TextField(goal.title))),
            FormField("description", .detailDescription, .multiline(TextArea(goal.description))),
            FormField("status", .detailStatus, .choice(
                options: GoalStatus.known.map { FormOption(label: Labels.symbol($0) + " " + Labels.status($0, strings), value: $0.rawValue) },
                value: goal.status.rawValue)),
            FormField("progress", .detailProgress, .text(TextField(String(goal.progress)))),
            FormField("priority", .detailPriority, .choice(
                options: Priority.known.map { FormOption(label: Labels.priority($0, strings), value: $0.rawValue) },
                value: goal.priority.rawValue)),
            FormField("due", .detailDue, .text(TextField(goal.due?.description ?? ""))),
            FormField("area", .detailArea, .choice(
                options: agenda.areas.map { FormOption(label: $0.name, value: $0.id) }, value: goal.area)),
            FormField("parent", .fieldParent, .choice(
                options: [FormOption(label: strings[.detailNone], value: "")]
                    + agenda.goals.filter { !family.contains($0.id) }.map { FormOption(label: $0.id + "  " + $0.title, value: $0.id) },
                value: goal.parent ?? "")),
            FormField("level", .detailLevel, .choice(
                options: [FormOption(label: strings[.detailNone], value: "")]
                    + GovernmentLevel.known.map { FormOption(label: Labels.level($0, strings), value: $0.rawValue) },
                value: goal.level?.rawValue ?? "")),
            FormField("countries", .detailCountries, .text(TextField(goal.countries.joined(separator: ", ")))),
            FormField("owners", .detailOwners, .multi(
                options: owners.map { FormOption($0) }, values: goal.owners)),
            FormField("organizations", .detailOrganizations, .multi(
                options: agenda.organizations.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
                    .map { FormOption(label: "\($0.name) (\($0.country))", value: $0.id) },
                values: goal.organizations)),
            FormField("tags", .detailTags, .text(TextField(goal.tags.joined(separator: ", ")))),
            FormField("source", .detailSource, .text(TextField(goal.source ?? ""))),
        ]
        return FormState(purpose: .goals(.edit(goal: goal.id)), title: strings.format(.editGoalTitle, goal.id), fields: fields)
    }

    /// Why a field's value cannot be saved, or nil.
    static func problem(_ field: FormField, _ strings: Strings) -> String? {
        switch field.name {
        case "title":
            return field.text.trimmingWhitespace.isEmpty ? strings[.problemEmpty] : nil
        case "progress":
            guard let value = Int(field.text.trimmingWhitespace), FieldRules.progressRange.contains(value) else {
                return strings[.problemProgress]
            }
            return nil
        case "due":
            let text = field.text.trimmingWhitespace
            return text.isEmpty || Day(text) != nil ? nil : strings[.problemDate]
        case "countries":
            return field.list.contains { !FieldRules.isCountryCode($0.uppercased()) } ? strings[.problemCountry] : nil
        default:
            return nil
        }
    }

    /// The edits that make the goal what the form says, in a fixed order; empty when nothing changed.
    static func edits(_ form: FormState, goal: Goal) -> [Edit] {
        let id = goal.id
        var edits: [Edit] = []
        func text(_ name: String) -> String { form.field(name)?.text.trimmingWhitespace ?? "" }
        func set(_ field: GoalField) {
            if goal.current(field) != field { edits.append(.setGoal(id: id, field)) }
        }
        set(.title(text("title")))
        set(.description(form.field("description")?.text ?? goal.description))
        set(.status(GoalStatus(rawValue: text("status"))))
        if let progress = Int(text("progress")) { set(.progress(progress)) }
        set(.priority(Priority(rawValue: text("priority"))))
        set(.due(Day(text("due"))))
        let parent = text("parent").isEmpty ? nil : text("parent")
        let area = text("area")
        if parent != goal.parent || (parent == nil && area != goal.area) {
            edits.append(.moveGoal(id: id, parent: parent, area: parent == nil ? area : nil))
        }
        set(.level(text("level").isEmpty ? nil : GovernmentLevel(rawValue: text("level"))))
        set(.countries((form.field("countries")?.list ?? []).map { $0.uppercased() }))
        let owners = form.field("owners")?.list ?? goal.owners
        edits += owners.filter { !goal.owners.contains($0) }.map { .addOwner(goal: id, name: $0) }
        edits += goal.owners.filter { !owners.contains($0) }.map { .removeOwner(goal: id, name: $0) }
        let orgs = form.field("organizations")?.list ?? goal.organizations
        edits += orgs.filter { !goal.organizations.contains($0) }.map { .linkOrganization(goal: id, organization: $0) }
        edits += goal.organizations.filter { !orgs.contains($0) }.map { .unlinkOrganization(goal: id, organization: $0) }
        set(.tags(form.field("tags")?.list ?? []))
        set(.source(text("source").isEmpty ? nil : text("source")))
        return edits
    }
}
