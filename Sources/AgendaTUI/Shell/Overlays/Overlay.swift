import AgendaModel
import TerminalWidgets

/// A layer drawn over the screen that takes the keys while it is open.
public enum Overlay: Equatable, Sendable {
    /// The help of a context, scrolled.
    case help(KeyContext, scroll: Int)
    case menu(MenuState)
    case prompt(PromptState)
    case confirm(ConfirmState)
    /// Changes someone else made to fields this screen changed too: both values, this screen's kept.
    case overwritten([OverwrittenChange])

    /// The context whose keys the overlay takes.
    var keyContext: KeyContext {
        switch self {
        case .help: .help
        case .menu(let menu): menu.filter == nil ? .menu : .choice
        case .prompt(let prompt): prompt.isMultiline ? .note : .prompt
        case .confirm: .confirm
        case .overwritten: .overwritten
        }
    }
}
