import AgendaLocalization
import AgendaModel

extension Reading {
    /// A text as a report writes it in the reader's language: the translation, a stale one with its mark
    /// (`[revisar]`), or the original as a `LanguageSpan` when it stands in for a missing translation.
    func report(_ text: String, _ translations: [String: Translation]) -> String {
        let (shown, mark, fallback) = read(text, translations)
        if let fallback { return LanguageSpan.wrap(shown, language: fallback) }
        return mark.map { shown + " " + $0 } ?? shown
    }

    func reportTitle(_ goal: Goal) -> String { report(goal.title, goal.translations.of("title")) }
    func reportDescription(_ goal: Goal) -> String {
        goal.description.isEmpty ? "" : report(goal.description, goal.translations.of("description"))
    }
    func reportName(_ area: Area) -> String { report(area.name, area.translations.of("name")) }
    func reportName(_ organization: Organization) -> String { report(organization.name, organization.translations.of("name")) }
    func reportTitle(_ session: Session) -> String { report(session.title, session.translations.of("title")) }
    func reportTopic(_ item: SessionItem) -> String {
        guard let topic = item.topic, !topic.isEmpty else { return "" }
        return report(topic, item.translations.of("topic"))
    }
    func reportText(_ decision: Decision) -> String { report(decision.text, decision.translations.of("text")) }
}
