import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The area editor: an area's name and description, in a form; a new area's id is made from its name.
enum AreaForm {
    static func make(_ area: Area?, _ strings: Strings) -> FormState {
        let fields = [
            FormField("name", .columnName, .text(TextField(area?.name ?? ""))),
            FormField("description", .detailDescription, .multiline(TextArea(area?.description ?? ""))),
        ]
        let title = area.map { strings.format(.editAreaTitle, $0.name) } ?? strings[.newAreaTitle]
        return FormState(purpose: .areas(.edit(area: area?.id)), title: title, fields: fields)
    }

    /// Why a field's value cannot be saved, or nil: a name is needed, and no other area may have it.
    static func problem(_ field: FormField, editing id: String?, _ strings: Strings, agenda: Agenda) -> String? {
        guard field.name == "name" else { return nil }
        let name = field.text.trimmingWhitespace
        if name.isEmpty { return strings[.problemEmpty] }
        let folded = TextFolding.fold(name)
        return agenda.areas.contains { $0.id != id && TextFolding.fold($0.name) == folded } ? strings[.problemAreaName] : nil
    }

    /// The area the form describes, from the one it edits (or a new one, with an id from its name).
    static func area(_ form: FormState, base: Area?, agenda: Agenda) -> Area {
        let name = form.field("name")?.text.trimmingWhitespace ?? ""
        var area = base ?? Area(id: agenda.newAreaID(for: name), name: name)
        area.name = name
        area.description = form.field("description")?.text.trimmingWhitespace ?? ""
        return area
    }
}
