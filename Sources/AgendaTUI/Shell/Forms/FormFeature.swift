import AgendaModel

/// The forms on the whole screen: moving between fields, editing the focused one, choosing from lists,
/// saving and cancelling. What a form checks and changes belongs to the purpose that opened it.
public enum FormFeature {
    /// The form's own questions: a list field's menu, and whether to lose what was typed.
    public enum Purpose: FeaturePurpose {
        /// The menu of a field that takes one value.
        case choice(field: Int)
        /// The tick list of a field that takes several values, with the options it offered.
        case ticks(field: Int, options: [FormOption])
        /// Close the form and lose what was typed.
        case discard

        func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
            guard case .form(var form, let returning) = screen.mode else { return [] }
            switch (self, answer) {
            case (.discard, .confirmed):
                screen.mode = returning
                return []
            case (.choice(let index), .chosen(let chosen)):
                guard form.fields.indices.contains(index), case .choice(let options, _) = form.fields[index].kind,
                      options.indices.contains(chosen) else { return [] }
                form.fields[index].kind = .choice(options: options, value: options[chosen].value)
            case (.ticks(let index, let options), .ticked(let ticked, let added)):
                // Closing the list keeps what was ticked; names typed join the options.
                guard form.fields.indices.contains(index), case .multi = form.fields[index].kind else { return [] }
                let values = ticked.filter(options.indices.contains).map { options[$0].value } + added
                form.fields[index].kind = .multi(options: options + added.map { FormOption($0) }, values: values)
            default:
                return []
            }
            screen.mode = .form(form, returning: returning)
            return []
        }
    }
}
