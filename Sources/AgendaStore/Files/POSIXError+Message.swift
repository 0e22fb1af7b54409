#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's text for an `errno` value: "No space left on device".
func systemMessage(_ code: Int32) -> String {
    String(cString: strerror(code))
}
