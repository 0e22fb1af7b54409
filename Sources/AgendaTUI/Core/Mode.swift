/// What has the keyboard in an open agenda, under any overlay: one thing at a time, so that a state the
/// interface cannot be in (a session's plan and a live session at once) cannot be written.
///
/// The views (goals, organizations, ...) are switched with Tab while `browsing`; the others cover them
/// and go back to them. A form remembers what it covers and goes back to it when it closes, so that a
/// vote recorded in a live session returns to the session.
public indirect enum Mode: Equatable, Sendable {
    /// The current view (`AgendaScreen.view`) takes the keys.
    case browsing
    /// A goal or organization shown on the whole screen.
    case detail(DetailState)
    /// A session's run-of-show, being planned.
    case plan(PlanState)
    /// A session running live.
    case live(LiveState)
    /// A live session's large clock, for a second display.
    case presenter(LiveState)
    /// A form on the whole screen, over the mode it goes back to.
    case form(FormState, returning: Mode)

    /// The session a plan, a live session or its presenter screen is about, also under a form.
    var session: String? {
        switch self {
        case .plan(let plan): plan.session
        case .live(let live), .presenter(let live): live.session
        case .form(_, let returning): returning.session
        case .browsing, .detail: nil
        }
    }
}
