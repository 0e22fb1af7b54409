#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small wrappers over the POSIX calls the store needs, each failing with the system's reason.
enum FileIO {
    /// A failed system call (what was being done, and `errno`), or a refusal that needs no `errno`.
    struct Failure: Error {
        var action: String
        var code: Int32
        /// The whole message of a refusal, which replaces `action` and the system's text.
        var refusal: String?

        init(action: String, code: Int32) {
            self.action = action
            self.code = code
        }

        /// A refusal: nothing failed, but the operation would do harm (a read-only file, a hard link).
        init(refusal: String) {
            action = ""
            code = 0
            self.refusal = refusal
        }

        /// What happened, in words a user understands: "cannot write: the disk is full (No space left on device)".
        var message: String { refusal ?? "\(action): \(plainMessage(code))" }
    }

    /// Calls `body` with the bytes of the file at `path` mapped into memory, read-only (no copy is made;
    /// the pages are the system's cache of the file). For readers that only look.
    static func withMappedFile<T>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(AgendaFileError) -> T)
        throws(AgendaFileError) -> T {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw AgendaFileError(file: path, Failure(action: "cannot open", code: errno).message) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw AgendaFileError(file: path, Failure(action: "cannot read", code: errno).message) }
        let size = Int(info.st_size)
        guard size > 0, let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            // Empty, or not mappable (a pipe, say): read it instead.
            let bytes: [UInt8]
            do {
                bytes = try readAll(fd)
            } catch {
                throw AgendaFileError(file: path, error.message)
            }
            return try bytes.withUnsafeBufferPointer { (buffer) throws(AgendaFileError) -> T in try body(buffer) }
        }
        defer { munmap(address, size) }
        madvise(address, size, MADV_SEQUENTIAL)
        return try body(UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// Reads the whole file open at `fd` from its start.
    static func readAll(_ fd: Int32) throws(Failure) -> [UInt8] {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(action: "cannot read", code: errno) }
        // Room for the size fstat gives and one byte more, so that the end of the file is seen without
        // growing; a file that grew meanwhile is read on in larger buffers.
        var capacity = max(Int(info.st_size), 0) + 1
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        while failure == 0 {
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                var filled = previous.count
                if filled > 0 {
                    previous.withUnsafeBufferPointer { old in
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[0..<filled]).initialize(from: old)
                    }
                }
                while filled < buffer.count {
                    let count = pread(fd, buffer.baseAddress! + filled, buffer.count - filled, off_t(filled))
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if count == 0 { break }
                    filled += count
                }
                initialized = filled
            }
            if bytes.count < capacity { break }
            capacity *= 2
        }
        if failure != 0 { throw Failure(action: "cannot read", code: failure) }
        return bytes
    }

    /// Reads a whole file by path.
    static func readFile(_ path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(action: "cannot open", code: errno) }
        defer { close(fd) }
        return try readAll(fd)
    }

    /// Writes all the bytes to `fd`, retrying short writes.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(action: "cannot write", code: errno)
            }
            written += count
        }
    }

    /// The path with every symbolic link resolved, when the file exists; else nil.
    static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder part of a path (`.` when it has none).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// The last part of a path.
    static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Flushes a folder's entries to disk, so a rename in it survives a power cut.
    static func syncDirectory(_ path: String) throws(Failure) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(action: "cannot open the folder", code: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw Failure(action: "cannot sync the folder", code: errno) }
    }
}
