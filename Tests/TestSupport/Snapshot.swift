import Foundation
import Testing

/// Compares text with a snapshot file beside the tests; re-records only when `RECORD_SNAPSHOTS=1`.
public enum Snapshot {
    /// Checks `text` against `__Snapshots__/NAME.txt` in the folder of the calling test file.
    public static func assert(_ text: String, named name: String, filePath: String = #filePath,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
        let file = folder.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            if record {
                try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try? text.write(to: file, atomically: true, encoding: .utf8)
                return
            }
            Issue.record("no snapshot \(name).txt; record it with RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let actual = folder.appendingPathComponent(name + ".actual.txt")
            try? text.write(to: actual, atomically: true, encoding: .utf8)
            Issue.record("""
                the screen differs from the snapshot \(name).txt (the new screen is in \(name).actual.txt; \
                re-record with RECORD_SNAPSHOTS=1 if the change is wanted):
                \(firstDifference(expected, text))
                """, sourceLocation: sourceLocation)
        }
    }

    private static func firstDifference(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(x.count, y.count) {
            let left = index < x.count ? String(x[index]) : "<none>"
            let right = index < y.count ? String(y[index]) : "<none>"
            if left != right { return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
        }
        return ""
    }
}
