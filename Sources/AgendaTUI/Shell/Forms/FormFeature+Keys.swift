import AgendaLocalization
import TerminalWidgets

extension FormFeature {
    /// A form's keys; its fields take the others (`fieldKeys`).
    static let keys: [KeyBinding] = [
        KeyBinding([.tab], .nextField, hint: .hintNextField, section: .helpSectionMove),
        KeyBinding([.backTab], .previousField, section: .helpSectionMove),
        KeyBinding([.control("s")], .save, hint: .hintSave, section: .helpSectionEdit),
        KeyBinding([.escape], .cancel, hint: .hintCancel, section: .helpSectionEdit),
        KeyBinding([.control("k")], .confirmTranslation, section: .helpSectionEdit),
        KeyBinding([.control("c")], .quit, section: .helpSectionApp),
    ]
}
