#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on an agenda file, held across a read-modify-write so parallel writers lose nothing.
///
/// The lock is `flock` on the file itself. Saves replace the file by renaming a new one over it, so after
/// waiting for the lock the holder checks that its descriptor is still the file at the path, and starts
/// over when another writer has replaced it meanwhile.
final class FileLock {
    /// The descriptor of the locked file, open for reading.
    let fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    /// Waits for the exclusive lock on the file at `path` (already resolved).
    static func acquire(_ path: String) throws(FileIO.Failure) -> FileLock {
        while true {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw FileIO.Failure(action: "cannot open", code: errno) }
            var result: Int32
            repeat {
                result = flock(fd, LOCK_EX)
            } while result != 0 && errno == EINTR
            guard result == 0 else {
                let code = errno
                close(fd)
                throw FileIO.Failure(action: "cannot lock", code: code)
            }
            var held = stat()
            var current = stat()
            if fstat(fd, &held) == 0, stat(path, &current) == 0,
               held.st_dev == current.st_dev, held.st_ino == current.st_ino {
                return FileLock(fd: fd)
            }
            close(fd)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
