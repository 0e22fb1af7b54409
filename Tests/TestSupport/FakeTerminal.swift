import Foundation
import TerminalWidgets

/// A terminal for tests: it records what is presented and hands out scripted events.
public final class FakeTerminal: TerminalBackend, @unchecked Sendable {
    public var size: (width: Int, height: Int)
    public var hasColor: Bool
    /// The events `nextEvent` returns, in order; when they run out it reports `terminate`.
    public var events: [InputEvent]
    /// Called once when the events run out, before a wait that times out (a tick); then `terminate`.
    public var onEmpty: (() -> Void)?
    /// How many more waits time out after `onEmpty`, before `terminate` (each a tick for the loop).
    public var idleAfterEmpty = 0
    /// Every buffer presented, in order.
    public private(set) var presented: [ScreenBuffer] = []
    public private(set) var restored = false

    public init(width: Int, height: Int, hasColor: Bool = false, events: [InputEvent] = []) {
        size = (width, height)
        self.hasColor = hasColor
        self.events = events
    }

    public func present(_ buffer: ScreenBuffer) {
        presented.append(buffer)
    }

    public func invalidate() {}

    public func nextEvent(timeout milliseconds: Int?) -> InputEvent? {
        guard !events.isEmpty else {
            if let onEmpty {
                self.onEmpty = nil
                onEmpty()
                return nil
            }
            if idleAfterEmpty > 0 {
                idleAfterEmpty -= 1
                return nil
            }
            return .terminate
        }
        let event = events.removeFirst()
        if case .resize(let width, let height) = event { size = (width, height) }
        return event
    }

    public func restore() {
        restored = true
    }

    /// The last presented screen as plain text.
    public var screen: String { presented.last?.plainText ?? "" }
}
