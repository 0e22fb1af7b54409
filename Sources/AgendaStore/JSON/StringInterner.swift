#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One copy of each short text a file repeats: who made each change, note authors, owners, tags.
///
/// Texts of 16 to 48 bytes are the ones Swift keeps on the heap and a file repeats thousands of times
/// (`"by": "Comité de Organización"` in every history entry); the reader hands out one shared string
/// for each instead of a new allocation each time. Titles, notes and descriptions are longer and
/// rarely repeat, so they are not looked up. The table stops growing at `capacity` texts.
final class StringInterner {
    static let shortest = 16
    static let longest = 48

    private var slots: [String?]
    private var count = 0
    private let mask: Int

    init(capacity: Int = 4_096) {
        var size = 1
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: nil, count: size)
        mask = size - 1
    }

    /// The shared string with these bytes (valid UTF-8), made on first sight.
    func string(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            guard var found = slots[slot] else { break }
            let same = found.withUTF8 { $0.count == utf8.count && memcmp($0.baseAddress!, utf8.baseAddress!, utf8.count) == 0 }
            if same { return found }
            slot = (slot + 1) & mask
        }
        let made = String(decoding: utf8, as: UTF8.self)
        if count < slots.count / 2 {
            slots[slot] = made
            count += 1
        }
        return made
    }
}
