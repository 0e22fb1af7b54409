import CNcurses

/// The Swift face of `terminal_guard.h`: the signal handlers that give the terminal back.
///
/// Signals and what the backend does with them:
///
/// | signal | while the screen is ours |
/// | --- | --- |
/// | SIGINT (Ctrl-C), SIGTERM, SIGHUP, SIGQUIT (Ctrl-\\) | `nextEvent` returns `.terminate`; the program saves and quits. A second one gives it one second (SIGALRM), then the handler restores the terminal and exits with 128 + the signal. |
/// | SIGTSTP (Ctrl-Z) | `nextEvent` gives the terminal back, stops the process; after `fg` it takes the screen again and returns `.resumed`. |
/// | SIGCONT without SIGTSTP (`kill -STOP`, `kill -CONT`) | `.resumed`, after setting the terminal's modes again. |
/// | SIGWINCH | ncurses' handler (reporting `KEY_RESIZE`), then a wake-up of `nextEvent`. |
/// | SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS | the handler restores the terminal (saved modes, escape sequences), writes "agenda: crashed (signal N); the terminal was restored", and the process dies of the signal. |
///
/// The handlers are installed when full-screen mode starts and the previous ones are put back
/// when it ends, so outside it the process behaves as it would without the backend.
///
/// Swift's backtracer (seen on Swift 6.3.1, Linux): the runtime installs handlers for SIGSEGV,
/// SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE before `main`; on a terminal it prints a backtrace
/// and waits 30 seconds for a key ("Press space to interact…") with the terminal still raw. It
/// reads `SWIFT_BACKTRACE` only at start-up, so `SWIFT_BACKTRACE=enable=no` must be in the
/// environment before the process starts (then those signals are `SIG_DFL`); `setenv` from the
/// program is too late. The guard needs neither: its handlers, set later with `sigaction`, replace
/// the runtime's while the screen is ours. Swift's `fatalError` and failed preconditions trap
/// with `ud2` on x86_64 (SIGILL) and `brk` on arm64 (SIGTRAP); their "Fatal error: …" line goes to
/// standard error, which the guard catches and writes out after restoring the terminal.
enum SignalGuard {
    /// Takes the process's one guard; false when another terminal holds it.
    static func claim() -> Bool { agenda_guard_claim() == 1 }

    static func unclaim() { agenda_guard_unclaim() }

    /// Saves the terminal's modes (before ncurses changes them) and makes the wake-up pipe.
    static func prepare(ttyDescriptor: Int32, outputDescriptor: Int32, programName: String) -> Bool {
        agenda_guard_prepare(ttyDescriptor, outputDescriptor, programName) == 0
    }

    /// Installs the handlers; before `newterm`, so that ncurses leaves SIGINT, SIGTERM, SIGTSTP to us.
    static func install() { agenda_guard_install() }

    /// After `newterm`: records the restoring escape sequences from terminfo and wraps ncurses'
    /// SIGWINCH handler.
    static func attachToNcurses() {
        agenda_guard_capture_sequence()
        agenda_guard_chain_resize()
    }

    /// Puts the previous handlers back and cancels the one-second deadline.
    static func uninstall() { agenda_guard_uninstall() }

    /// Marks whether the screen is ours (what a crash handler restores).
    static func setActive(_ active: Bool) { agenda_guard_set_active(active ? 1 : 0) }

    /// The read end of the self-pipe the handlers write to.
    static var wakeDescriptor: Int32 { agenda_guard_wake_fd() }

    static func drainWake() { agenda_guard_drain_wake() }

    /// The termination signal that came since the last call, if any.
    static func takeTermination() -> Int32? {
        let signal = agenda_guard_take_terminate()
        return signal == 0 ? nil : signal
    }

    static func takeSuspend() -> Bool { agenda_guard_take_suspend() != 0 }

    static func takeContinued() -> Bool { agenda_guard_take_continued() != 0 }

    static func takeResized() -> Bool { agenda_guard_take_resized() != 0 }

    /// Stops the process as Ctrl-Z does; returns after `fg` (SIGCONT).
    static func stopProcess() { agenda_guard_stop_self() }

    /// Sends stderr to a temporary file while the screen is ours (when stderr is a terminal).
    static func captureStandardError() { agenda_guard_capture_stderr() }

    /// Puts stderr back and writes what was caught.
    static func releaseStandardError() { agenda_guard_release_stderr() }
}
