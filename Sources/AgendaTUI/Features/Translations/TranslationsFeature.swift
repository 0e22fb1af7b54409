import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// Translating the texts of a goal, an area, an organization or a session (`T`): a form with each text's
/// original beside its translation into the reader's language (or a language chosen when the reader
/// reads the agenda's own), to write one, rewrite one, or confirm an outdated one (`Ctrl-K`).
public enum TranslationsFeature {
    /// The questions of translating.
    public enum Purpose: Equatable, Sendable {
        /// The language to translate the texts into, from those offered.
        case language(texts: [TextRef], name: String, languages: [String])
        /// The translation form of the texts, into a language.
        case edit(texts: [TextRef], language: String)
    }

    /// Opens the translation of texts into the reader's language; asks which language when the reader
    /// reads the agenda's own (or the agenda does not say its language).
    static func open(_ texts: [TextRef], name: String, _ screen: inout AgendaScreen, _ state: inout ShellState) {
        let agenda = screen.agenda
        let texts = texts.filter { agenda.original($0) != nil }
        guard !texts.isEmpty else {
            state.message = state.strings[.messageNothingToTranslate]
            return
        }
        let reader = state.strings.language.rawValue
        if let own = agenda.language, !LanguageTag.sameLanguage(own, reader) {
            screen.open(form(texts, name: name, into: reader, agenda, state.strings))
            return
        }
        let languages = GoalsFeature.translationLanguages(agenda, reader: reader)
        let items = languages.map { MenuItem(label: Labels.languageName($0, state.strings) + " (\($0))",
                                             keywords: Labels.languageSearchWords($0)) }
        state.overlay = .menu(MenuState(title: state.strings[.menuTranslateInto], items: items,
                                        purpose: .translations(.language(texts: texts, name: name, languages: languages)),
                                        searchable: true))
    }

    /// The form of texts' translations into a language.
    static func form(_ texts: [TextRef], name: String, into language: String, _ agenda: Agenda, _ strings: Strings) -> FormState {
        let fields = texts.map { ref in
            let original = agenda.original(ref) ?? ""
            let translation = agenda.translations(ref)[language]
            let previous = translation.flatMap { $0.isStale(against: original) ? $0.from : nil }
            return FormField(ref.context, label(ref), .translation(TranslationField(
                original: original, in: agenda.language ?? "?", translation: language, previous: previous,
                text: translation?.text ?? "")))
        }
        let title = strings.format(.translateTitle, name, Labels.languageName(language, strings))
        return FormState(purpose: .translations(.edit(texts: texts, language: language)), title: title, fields: fields)
    }

    /// What a text is called in the form.
    static func label(_ ref: TextRef) -> Text {
        switch ref.field {
        case "title": .fieldTitle
        case "description": .detailDescription
        case "name": .columnName
        case "topic": .fieldTopic
        default: .promptDecision
        }
    }

    /// Confirms the focused translation of a form as still right for the current original.
    static func confirm(_ form: inout FormState, _ state: inout ShellState) {
        guard form.fields.indices.contains(form.focus), case .translation(var field) = form.fields[form.focus].kind,
              field.previous != nil else { return }
        field.confirmed = true
        form.fields[form.focus].kind = .translation(field)
        state.message = state.strings[.messageTranslationConfirmed]
    }
}

extension TranslationsFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        guard case .language(let texts, let name, let languages) = self, case .chosen(let index) = answer else { return [] }
        screen.open(TranslationsFeature.form(texts, name: name, into: languages[index], screen.agenda, state.strings))
        return []
    }

    func edits(_ form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> [Edit] {
        guard case .edit(let texts, let language) = self else { return [] }
        let agenda = screen.agenda
        return zip(texts, form.fields).compactMap { ref, field -> Edit? in
            guard case .translation(let text) = field.kind, let original = agenda.original(ref) else { return nil }
            let written = text.area.text.trimmingWhitespace
            let old = agenda.translations(ref)[language]
            if written.isEmpty {
                return old == nil ? nil : .setTranslation(ref, language: language, nil)
            }
            if written == old?.text, !(text.confirmed && old?.isStale(against: original) == true) { return nil }
            return .setTranslation(ref, language: language, Translation(text: written, from: original))
        }
    }
}
