import AgendaModel

/// A feature's own reasons to ask: how it takes the answers to the menus, prompts and confirmations it
/// opens, and what the forms it opens check and change. Each feature nests its own type.
protocol FeaturePurpose: Equatable, Sendable {
    /// Takes the answer to an overlay opened for this purpose; nil refuses it: the overlay stays open
    /// and the status line says why.
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]?
    /// Why a field of a form opened for this purpose cannot be saved, or nil.
    func problem(_ field: FormField, in form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> String?
    /// The edits that a form opened for this purpose makes; none when nothing changed.
    func edits(_ form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> [Edit]
    /// After a form's edits were made and the form closed: what the status line says.
    func saved(_ edits: [Edit], _ screen: inout AgendaScreen, _ state: inout ShellState)
}

extension FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? { [] }
    func problem(_ field: FormField, in form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> String? { nil }
    func edits(_ form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> [Edit] { [] }
    func saved(_ edits: [Edit], _ screen: inout AgendaScreen, _ state: inout ShellState) {}
}
