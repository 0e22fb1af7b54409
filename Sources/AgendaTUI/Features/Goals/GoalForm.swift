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
        let reading = Reading(agenda, strings)
        // The fields the table says the form edits, in its order; choices where the value is one of a list.
        let fields = Goal.formFields.map { field -> FormField in
            let kind: FormField.Kind
            switch field.key {
            case "description":
                kind = .multiline(TextArea(goal.description))
            case "status":
                kind = .choice(
                    options: GoalStatus.known.map { FormOption(label: Labels.symbol($0) + " " + Labels.status($0, strings), value: $0.rawValue) },
                    value: goal.status.rawValue)
            case "priority":
                kind = .choice(
                    options: Priority.known.map { FormOption(label: Labels.priority($0, strings), value: $0.rawValue) },
                    value: goal.priority.rawValue)
            case "area":
                kind = .choice(options: agenda.areas.map {
                    FormOption(label: Reading.joined(reading.name($0)), value: $0.id, keywords: Reading.searchWords($0))
                }, value: goal.area)
            case "parent":
                kind = .choice(
                    options: [FormOption(label: strings[.noParent], value: "")]
                        + agenda.goals.filter { !family.contains($0.id) }.map {
                            FormOption(label: reading.choiceLabel($0), value: $0.id, keywords: Reading.searchWords($0))
                        },
                    value: goal.parent ?? "")
            case "level":
                kind = .choice(
                    options: [FormOption(label: strings[.detailNone], value: "")]
                        + GovernmentLevel.known.map { FormOption(label: Labels.level($0, strings), value: $0.rawValue) },
                    value: goal.level?.rawValue ?? "")
            case "owners":
                kind = .multi(options: owners.map { FormOption($0) }, values: goal.owners)
            case "organizations":
                kind = .multi(
                    options: agenda.organizations.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
                        .map { FormOption(label: "\($0.name) (\($0.country))", value: $0.id) },
                    values: goal.organizations)
            default:
                // One line with the value as history writes it (a list joined with ", ").
                kind = .text(TextField(field.editValue(of: goal)?.text ?? ""))
            }
            var formField = FormField(field.key, Labels.fieldLabel(field.key) ?? .fieldTitle, kind)
            // An organization is linked from those that exist; one typed would be an id no one has.
            formField.addsNames = field.key != "organizations"
            if case .int = field.kind { formField.replacesOnType = true }
            if case .day = field.kind { formField.isDate = true }
            return formField
        }
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
            return text.isEmpty || DateReading.day(text, strings.language) != nil ? nil : strings[.problemDate]
        case "countries":
            return field.list.contains { !FieldRules.isCountryCode($0.uppercased()) } ? strings[.problemCountry] : nil
        default:
            return nil
        }
    }

    /// The edits that make the goal what the form says, in the form's order; empty when nothing changed.
    static func edits(_ form: FormState, goal: Goal, _ language: Language) -> [Edit] {
        let id = goal.id
        var edits: [Edit] = []
        func text(_ name: String) -> String { form.field(name)?.text.trimmingWhitespace ?? "" }
        for field in Goal.formFields {
            switch field.key {
            case "area":
                continue  // moved with the parent, next
            case "parent":
                let parent = text("parent").isEmpty ? nil : text("parent")
                let area = text("area")
                if parent != goal.parent || (parent == nil && area != goal.area) {
                    edits.append(.moveGoal(id: id, parent: parent, area: parent == nil ? area : nil))
                }
            case "owners":
                let owners = form.field("owners")?.list ?? goal.owners
                edits += owners.filter { !goal.owners.contains($0) }.map { .addOwner(goal: id, name: $0) }
                edits += goal.owners.filter { !owners.contains($0) }.map { .removeOwner(goal: id, name: $0) }
            case "organizations":
                let orgs = form.field("organizations")?.list ?? goal.organizations
                edits += orgs.filter { !goal.organizations.contains($0) }.map { .linkOrganization(goal: id, organization: $0) }
                edits += goal.organizations.filter { !orgs.contains($0) }.map { .unlinkOrganization(goal: id, organization: $0) }
            default:
                guard let value = value(field, form, goal: goal, language), let edit = GoalField(field, value),
                      goal.current(edit) != edit else { continue }
                edits.append(.setGoal(id: id, edit))
            }
        }
        return edits
    }

    /// The value the form gives a field a `set` edit changes, by the field's kind; nil when the text
    /// is not one (progress that is not a number).
    private static func value(_ field: GoalFieldDescriptor, _ form: FormState, goal: Goal, _ language: Language) -> GoalFieldValue? {
        let text = form.field(field.key)?.text.trimmingWhitespace ?? ""
        switch field.kind {
        case .prose: return .text(form.field(field.key)?.text ?? goal.description)
        case .text: return .text(text)
        case .optionalText: return .optionalText(text.isEmpty ? nil : text)
        case .int: return Int(text).map { .int($0) }
        case .day: return .day(DateReading.day(text, language))
        case .list:
            let list = form.field(field.key)?.list ?? []
            // Country codes are capitals, whatever was typed.
            return .list(field.key == "countries" ? list.map { $0.uppercased() } : list)
        case .time, .notes, .history, .origin, .translations: return nil
        }
    }
}
