/// Exclusive locks on agenda files, held while another program rewrites them (git, in a sync).
///
/// They are the locks the store takes around every save, so an edit made meanwhile through the store
/// waits, then reads the file as the other program left it and makes its change on top: nothing is
/// lost between. The locks go when the value is released.
public final class AgendaFileLocks {
    private let locks: [FileLock]

    /// Waits for the locks on the files at `paths` that exist, in a fixed order so two holders of
    /// several locks cannot wait on each other.
    public init(_ paths: [String]) throws(AgendaFileError) {
        var targets: [String: String] = [:]
        for path in paths {
            if let target = FileIO.resolvedPath(path) { targets[target] = path }
        }
        var locks: [FileLock] = []
        // One lock per file, even when two paths lead to it: a second lock would wait on the first.
        for (target, path) in targets.sorted(by: { $0.key < $1.key }) {
            do {
                locks.append(try FileLock.acquire(target))
            } catch {
                throw AgendaFileError(file: path, error.message)
            }
        }
        self.locks = locks
    }

    /// How many files are locked.
    public var count: Int { locks.count }
}
