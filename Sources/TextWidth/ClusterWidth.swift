extension DisplayWidth {
    /// The width of one grapheme cluster, given its scalars.
    @usableFromInline
    static func clusterWidth(_ scalars: Character.UnicodeScalarView) -> Int {
        clusterWidth(scalars.lazy.map(\.value))
    }

    /// The width of one grapheme cluster, given its scalar values: the first scalar's width, or 2
    /// for the emoji sequences that make a text-style pictograph wide, and for flags.
    static func clusterWidth<Values: Sequence<UInt32>>(_ values: Values) -> Int {
        var iterator = values.makeIterator()
        guard let base = iterator.next() else {
            return 0
        }
        let width = of(scalarValue: base)
        guard width == 1, let second = iterator.next() else {
            return width
        }
        if isRegionalIndicator(base) {
            return isRegionalIndicator(second) ? 2 : 1
        }
        guard WidthTables.contains(base, in: WidthTables.textPresentationEmoji) else {
            return 1
        }
        // Keycap bases (#, *, 0-9) are emoji only with U+FE0F or U+20E3 COMBINING ENCLOSING KEYCAP.
        let isKeycapBase = base < 0x80
        var scalar = second
        var afterJoiner = false
        while true {
            if afterJoiner {
                return 2
            }
            switch scalar {
            case 0xFE0F:
                return 2
            case 0x20E3 where isKeycapBase:
                return 2
            case 0x1F3FB...0x1F3FF where !isKeycapBase:
                return 2
            case 0x200D where !isKeycapBase:
                afterJoiner = true
            default:
                break
            }
            guard let next = iterator.next() else {
                return 1
            }
            scalar = next
        }
    }

    /// Whether a scalar value is one of the 26 regional indicator symbols that pair into flags.
    static func isRegionalIndicator(_ value: UInt32) -> Bool {
        value &- 0x1F1E6 < 26
    }
}
