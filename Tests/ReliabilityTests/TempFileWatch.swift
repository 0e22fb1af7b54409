import Foundation

/// Watches a folder (inotify) for the temp file of a save being created and renamed, so that a test
/// can kill the saving process while the temp file exists: during the write itself, the moment a
/// random kill rarely hits because it is a few milliseconds of a tenth of a second.
final class TempFileWatch {
    /// What happened to a temp file.
    enum Event {
        case created, renamed
    }

    private let fd: Int32
    private let prefix: String
    /// Events read but not yet returned.
    private var pending: [Event] = []

    /// Watches `folder` for files whose names start with `prefix`; nil when inotify is not available.
    init?(folder: String, prefix: String) {
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { return nil }
        self.prefix = prefix
        guard inotify_add_watch(fd, folder, UInt32(IN_CREATE | IN_MOVED_FROM)) >= 0 else {
            close(fd)
            return nil
        }
    }

    deinit {
        close(fd)
    }

    /// Forgets the events so far.
    func drain() {
        pending = []
        _ = events()
    }

    /// Waits at most `timeout` seconds for the next event of a temp file; nil when none came.
    func next(timeout: Double) -> Event? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            pending += events()
            if !pending.isEmpty { return pending.removeFirst() }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return nil }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            _ = poll(&poller, 1, Int32(max(1, left * 1000)))
        }
    }

    /// The temp-file events ready now, in order.
    private func events() -> [Event] {
        var found: [Event] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return found }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (mask, length) = buffer.withUnsafeBytes { raw in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if name.hasPrefix(prefix) {
                    if mask & UInt32(IN_CREATE) != 0 { found.append(.created) }
                    if mask & UInt32(IN_MOVED_FROM) != 0 { found.append(.renamed) }
                }
                offset += header + length
            }
        }
    }
}
