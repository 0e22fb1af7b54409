import Foundation
import FuzzChecks
import Testing
import TestSupport

/// Every input in `Tests/Fixtures/fuzz-corpus/<target>/` replayed through that target's checks, so the
/// inputs the fuzzer found interesting (and the crashes it found, once fixed) are run on every `swift test`.
@Suite struct CorpusReplayTests {
    static let corpus = Paths.fixtures + "/fuzz-corpus"

    /// The corpus folders, one per target.
    static var folders: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The inputs of a target's folder.
    static func inputs(_ target: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus + "/" + target).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func everyCorpusFolderHasATarget() {
        #expect(Self.folders.contains("loader") && Self.folders.contains("merge"))
        for folder in Self.folders {
            #expect(FuzzChecks.targets[folder] != nil, "no fuzz target for the corpus folder \(folder)")
        }
    }

    @Test(arguments: FuzzChecks.targets.keys.sorted())
    func everyInputPassesItsTargetsChecks(target: String) throws {
        let check = try #require(FuzzChecks.targets[target])
        let names = try Self.inputs(target)
        // Each target's seeds alone are more than ten files; fewer means the folder was not found.
        #expect(names.count >= 10, "\(names.count) inputs in \(Self.corpus)/\(target)")
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.corpus + "/" + target + "/" + name)))
            do throws(FuzzFailure) {
                try check(bytes)
            } catch {
                Issue.record("\(target)/\(name): \(error)")
            }
        }
    }

    /// The committed corpus stays small: minimized inputs, none above 4 KB, a few hundred at most.
    @Test(arguments: FuzzChecks.targets.keys.sorted())
    func theCorpusStaysSmall(target: String) throws {
        let names = try Self.inputs(target)
        #expect(names.count <= 500)
        for name in names {
            let size = try FileManager.default.attributesOfItem(atPath: Self.corpus + "/" + target + "/" + name)[.size] as? Int
            #expect((size ?? 0) <= 4_096, "\(target)/\(name) holds \(size ?? 0) bytes")
        }
    }
}
