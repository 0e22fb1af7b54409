import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// A session's details in a form: title, date, place, facilitator and languages.
enum SessionForm {
    static func details(_ session: Session, _ strings: Strings) -> FormState {
        FormState(purpose: .sessions(.details(session: session.id)), title: strings.format(.editSessionTitle, session.title), fields: [
            FormField("title", .fieldTitle, .text(TextField(session.title))),
            FormField.date("date", .fieldDate, session.date),
            FormField("place", .minutesPlace, .text(TextField(session.place ?? ""))),
            FormField("facilitator", .minutesFacilitator, .text(TextField(session.facilitator ?? ""))),
            FormField("languages", .minutesLanguages, .text(TextField(session.languages.joined(separator: ", ")))),
        ])
    }

    static func problem(_ field: FormField, _ strings: Strings) -> String? {
        let text = field.text.trimmingWhitespace
        switch field.name {
        case "title": return text.isEmpty ? strings[.problemEmpty] : nil
        case "date": return DateReading.day(text, strings.language) == nil ? strings[.problemDate] : nil
        default: return nil
        }
    }

    /// The edit that gives the session the form's details; none when nothing changed.
    static func edits(_ form: FormState, _ session: Session, _ language: Language) -> [Edit] {
        guard let date = DateReading.day(form.text("date"), language) else { return [] }
        let languages = form.field("languages")?.list ?? []
        let place = form.text("place").isEmpty ? nil : form.text("place")
        let facilitator = form.text("facilitator").isEmpty ? nil : form.text("facilitator")
        guard form.text("title") != session.title || date != session.date || place != session.place
            || facilitator != session.facilitator || languages != session.languages else { return [] }
        return [.changeSession(id: session.id, .setDetails(title: form.text("title"), date: date, place: place,
                                                           facilitator: facilitator, languages: languages))]
    }
}
