import AgendaModel
import Foundation

/// Text that would act on a terminal if printed raw, and an agenda that holds it in every kind of field.
public enum HostileFixtures {
    /// `ESC ]0;pwned BEL`: sets the terminal window's title.
    public static let windowTitle = "\u{1B}]0;pwned\u{07}"
    /// `ESC [2J`: clears the screen.
    public static let clearScreen = "\u{1B}[2J"
    /// `ESC ]52;c;... BEL`: writes the clipboard (here "pwned", in base 64).
    public static let clipboard = "\u{1B}]52;c;cHduZWQ=\u{07}"
    /// U+009B, the C1 control sequence introducer: `CSI 31m` turns text red on terminals that obey C1.
    public static let c1Sequence = "\u{9B}31m"
    /// DEL, BEL alone, U+202E RIGHT-TO-LEFT OVERRIDE and U+2066 LEFT-TO-RIGHT ISOLATE.
    public static let delete = "\u{7F}"
    public static let bell = "\u{07}"
    public static let rightToLeftOverride = "\u{202E}"
    public static let leftToRightIsolate = "\u{2066}"

    /// The scalars none of which may reach a terminal raw.
    public static let forbiddenScalars: [UInt32] = [0x1B, 0x07, 0x7F, 0x9B, 0x202E, 0x2066]

    /// The visible escapes the command line shows them as.
    public static let escapes = ["<U+001B>", "<U+0007>", "<U+007F>", "<U+009B>", "<U+202E>", "<U+2066>"]

    /// The run session fixture with hostile text in goal titles, descriptions, notes and owners,
    /// organization and area names, and the session's title. G-0001 (with a note) and G-0004 (overdue)
    /// carry most of it; `goalTitle` is G-0001's title.
    public static let goalTitle = "Train " + windowTitle + " leaders " + clearScreen
    public static let goalDescription = "Clear the screen " + clearScreen + "\nthen the clipboard " + clipboard
    public static let noteText = "Red " + c1Sequence + " text"
    public static let owner = "Ana " + rightToLeftOverride + "lived" + leftToRightIsolate
    public static let overdueTitle = "Fund " + leftToRightIsolate + "the school" + delete + " " + bell
    public static let organizationName = "Alianza " + windowTitle
    public static let areaName = "Leadership " + rightToLeftOverride + "reversed"
    public static let sessionTitle = "Asamblea " + clipboard + " " + c1Sequence

    public static func agenda() -> Agenda {
        var agenda = SessionFixtures.runAgenda()
        agenda.goals[0].title = goalTitle
        agenda.goals[0].description = goalDescription
        agenda.goals[0].notes = [Note(author: "Lucía " + bell, time: Fixtures.time, text: noteText)]
        agenda.goals[0].owners = [owner]
        agenda.goals[3].title = overdueTitle
        agenda.organizations[0].name = organizationName
        agenda.areas[0].name = areaName
        agenda.sessions[0].title = sessionTitle
        return agenda
    }

    /// The characters in a text that a terminal would obey, as `U+1B`, for messages: C0 controls but
    /// line feeds (and tabs, with `allowingTabs`), DEL, C1 controls and bidirectional controls.
    public static func rawControls(in text: String, allowingTabs: Bool = false) -> [String] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            if value == 0x0A || (allowingTabs && value == 0x09) { return false }
            return value < 0x20 || (0x7F..<0xA0).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
