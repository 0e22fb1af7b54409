#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's text for an `errno` value: "No space left on device".
func systemMessage(_ code: Int32) -> String {
    String(cString: strerror(code))
}

/// An `errno` value in words a user understands, with the system's own text after it for searching:
/// "the disk is full (No space left on device)". Codes with plain enough system text get that alone.
func plainMessage(_ code: Int32) -> String {
    switch code {
    case ENOSPC: "the disk is full (\(systemMessage(code)))"
    case EDQUOT: "your disk quota is used up (\(systemMessage(code)))"
    case EROFS: "the disk is mounted read-only (\(systemMessage(code)))"
    default: systemMessage(code)
    }
}
