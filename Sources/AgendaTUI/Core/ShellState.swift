import AgendaLocalization
import AgendaModel
import Foundation
import TerminalWidgets

/// Everything around the open agenda: the terminal's size and layout, the language, the clock, who
/// edits, the overlay, the status line's message and quitting.
///
/// Kept apart from the agenda's own state (`AppState.agenda`), so that an update changes both in
/// place, as two separate parts of the state, and the agenda is never copied to be changed.
public struct ShellState: Sendable {
    /// The terminal's size; setting it lays the screen out again.
    public var size: Size {
        didSet { layout = ScreenLayout(size: size) }
    }
    /// Where the parts of the screen go at this size.
    public private(set) var layout: ScreenLayout
    public var strings: Strings
    /// Today, for overdue marks; from the injected clock.
    public var today: Day
    /// Now, from the injected clock: the time edits record.
    public var now: Date
    /// Who makes the edits, as history records them (`--by`, `$AGENDA_USER` or the login name).
    public var who: String
    /// The local time zone's offset from UTC in seconds, for showing times (files keep UTC).
    public var utcOffset = 0
    public var hasColor: Bool
    /// A layer drawn over the screen that takes the keys while it is open.
    public var overlay: Overlay?
    /// A one-line message for the status line, shown until the next key.
    public var message: String?
    /// Set when the user quits; the loop ends after the next effects.
    public var isQuitting = false
    /// Quit was asked while a save ran: the program quits when it ends.
    public var quitWhenSaved = false
    /// A session to open in live mode once the agenda has loaded (`agenda session run`).
    public var openSession: String?
    /// How far each scrolled region of the last frame could scroll, as the views found when they drew
    /// it (see `Message.drawn`): scrolling stops at the end of what was drawn.
    public var scrollLimits: [ScrollRegion: Int] = [:]

    public init(size: Size, strings: Strings, today: Day, now: Date, who: String, hasColor: Bool) {
        self.size = size
        layout = ScreenLayout(size: size)
        self.strings = strings
        self.today = today
        self.now = now
        self.who = who
        self.hasColor = hasColor
    }

    /// The furthest a scrolled region can scroll, as last drawn; nil before it has been drawn.
    public func scrollLimit(_ region: ScrollRegion) -> Int? {
        scrollLimits[region]
    }
}
