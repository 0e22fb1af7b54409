import Foundation

/// One change to a session, as a value: planning its run-of-show and running it live.
public enum SessionChange: Equatable, Sendable {
    case setDetails(title: String, date: Day, place: String?, facilitator: String?, languages: [String])
    case setProgressive(Bool)
    case setAttendance(Attendance)
    case addItem(SessionItem, at: Int?)
    case removeItem(item: String)
    case moveItem(item: String, to: Int)
    case setTimebox(item: String, minutes: Int)
    case setNotes(item: String, text: String)
    case setPresenter(item: String, name: String?)
    /// Starts the item's clock and makes it the current item; pauses any other clock; makes a planned
    /// session live. A closed session is reopened first (`reopen`).
    case startClock(item: String)
    case pauseClock(item: String)
    /// Makes another item current: pauses the running clock and, if one was running, starts the new item's.
    case goTo(item: String)
    case addDecision(item: String, text: String)
    case addVote(item: String, Vote)
    /// Records a goal created as an action item of the item.
    case addAction(item: String, goal: String)
    case addSpeaker(Speaker)
    /// Ends the current speaker's turn and gives the floor to the first in the queue.
    case nextSpeaker
    case removeSpeaker(id: String)
    /// Closes the session: stops the clock and the speaker.
    case end
    /// Makes a closed session live again, its clocks paused where they stopped; ending it again writes
    /// its minutes again.
    case reopen
}

/// Where a goal came from when a session created it as an action item.
public struct GoalOrigin: Equatable, Sendable {
    public var session: String
    public var item: String
    public var extras: ExtraFields

    public init(session: String, item: String, extras: ExtraFields = ExtraFields()) {
        self.session = session
        self.item = item
        self.extras = extras
    }
}
