extension WidthTables {
    /// Whether `value` lies in one of `table`'s ranges, by binary search.
    ///
    /// `table` must be sorted and its ranges disjoint, as the generated tables are.
    static func contains(_ value: UInt32, in table: [(UInt32, UInt32)]) -> Bool {
        table.withUnsafeBufferPointer { ranges in
            // Find the first range whose upper end is at or above `value`.
            var low = 0
            var high = ranges.count
            while low < high {
                let middle = (low &+ high) &>> 1
                if ranges[middle].1 < value {
                    low = middle &+ 1
                } else {
                    high = middle
                }
            }
            return low < ranges.count && ranges[low].0 <= value
        }
    }
}
