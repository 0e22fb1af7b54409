#if canImport(Glibc)
import Glibc
#endif

/// Waits for the terminal's input or the signal handlers' wake-up pipe, whichever comes first.
///
/// ncurses' own wait (`wtimeout` + `wget_wch`) cannot be woken by a signal reliably: a signal
/// that arrives just before it starts waiting is missed until the next key. The self-pipe closes
/// that gap: the handler writes a byte, `poll` returns.
struct InputPoller {
    /// What ended a wait.
    enum Outcome: Equatable {
        /// The terminal has input.
        case input
        /// A signal handler wrote to the pipe.
        case wake
        /// The terminal is gone (hang-up or error).
        case hangUp
        case timeout
        /// A signal interrupted the wait; wait again.
        case interrupted
    }

    var terminal: Int32
    var wake: Int32

    /// Waits up to `milliseconds` (nil: for ever).
    func wait(milliseconds: Int?) -> Outcome {
        var descriptors = [
            pollfd(fd: terminal, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
        ]
        let timeout = milliseconds.map { Int32(clamping: max(0, $0)) } ?? -1
        let count = descriptors.withUnsafeMutableBufferPointer { poll($0.baseAddress, wake >= 0 ? 2 : 1, timeout) }
        if count < 0 { return errno == EINTR ? .interrupted : .hangUp }
        if count == 0 { return .timeout }
        if descriptors[1].revents & Int16(POLLIN) != 0 { return .wake }
        if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hangUp }
        if descriptors[0].revents & Int16(POLLIN) != 0 { return .input }
        return .interrupted
    }
}
