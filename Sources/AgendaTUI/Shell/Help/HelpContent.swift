import AgendaLocalization
import TerminalWidgets

/// What the help of a context lists: its key table by section (and for a form, the keys its fields
/// take), generated from the same table that dispatches the keys.
enum HelpContent {
    /// The help's sections for a context.
    static func sections(_ context: KeyContext, _ strings: Strings) -> [(heading: String, hints: [KeyHint])] {
        let bindings = KeyMaps.bindings(for: context, strings.language)
        var sections: [(heading: String, hints: [KeyHint])] = []
        for section in [Text.helpSectionMove, .helpSectionView, .helpSectionEdit, .helpSectionSearch, .helpSectionApp] {
            var hints = bindings.filter { $0.section == section }.map {
                KeyHint(keys: KeyNames.localize($0.keyLabel, strings.language), text: strings[$0.help])
            }
            if context == .form, section == .helpSectionMove {
                hints += KeyMaps.fieldKeys.map { KeyHint(keys: KeyNames.localize($0.keys, strings.language), text: strings[$0.text]) }
            }
            if !hints.isEmpty { sections.append((strings[section], hints)) }
        }
        if context == .dashboard {
            // What the figures mean: how progress adds up over sub-goals and areas.
            sections.append((strings[.helpSectionProgress], [KeyHint(keys: "", text: strings[.helpProgressRule])]))
        }
        return sections
    }

    /// How far the help of a context can scroll in the layout's help box.
    static func maxScroll(_ context: KeyContext, _ strings: Strings, _ layout: ScreenLayout) -> Int {
        let lines = HelpOverlay.lineCount(sections(context, strings), area: layout.helpArea)
        return max(0, lines - (layout.helpArea.height - 3))
    }
}
