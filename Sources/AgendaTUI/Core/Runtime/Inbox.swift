import Foundation

/// Messages handed from the save queue to the event loop.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message?] = []

    /// Leaves a message (nil for an effect with no result).
    func post(_ message: Message?) {
        lock.lock()
        messages.append(message)
        lock.unlock()
    }

    /// Takes every message left so far.
    func take() -> [Message?] {
        lock.lock()
        defer { lock.unlock() }
        let taken = messages
        messages = []
        return taken
    }
}
