import Foundation

/// Starts programs with `posix_spawn`, for tests that need more than `Process` gives: their own
/// standard files, their own process group.
public enum Spawn {
    /// Starts `executable` with `arguments` and `environment`, its standard files as `actions` set
    /// them; returns its process id, or nil when it could not start. The child starts with no signal
    /// blocked and every signal at its default, whatever this test process has (a tmux server would
    /// pass them on to the programs under test); with `newProcessGroup`, it leads a group of its own,
    /// so a signal to the group reaches whatever it starts.
    public static func start(
        _ executable: String, _ arguments: [String], environment: [String: String],
        actions: inout posix_spawn_file_actions_t, newProcessGroup: Bool = false
    ) -> pid_t? {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if newProcessGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, &attributes, argv, envp) == 0 else { return nil }
        return pid
    }
}
