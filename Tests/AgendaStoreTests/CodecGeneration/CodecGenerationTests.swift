import Foundation
import Testing
import TestSupport

/// The committed codecs of `Sources/AgendaStore/Format/Generated/` are the ones the layouts' tables
/// generate, so the fast path reads the same table; `REGENERATE_CODEC=1 swift test --filter
/// CodecGeneration` writes them again after a change to a table.
@Suite struct CodecGenerationTests {
    static let regenerates = ProcessInfo.processInfo.environment["REGENERATE_CODEC"] == "1"

    @Test func theCommittedCodecsAreTheOnesTheTablesGenerate() throws {
        let specs = try CodecSpec.hotObjects()
        #expect(specs.map(\.type) == ["GoalCodec", "NoteCodec", "ChangeCodec", "GoalOriginCodec"])
        for spec in specs {
            let path = Paths.packageRoot + "/" + CodecGenerator.folder + "/" + CodecGenerator.fileName(spec)
            let generated = CodecGenerator.source(spec)
            if Self.regenerates {
                try generated.write(toFile: path, atomically: true, encoding: .utf8)
            }
            let committed = try? String(contentsOfFile: path, encoding: .utf8)
            #expect(
                committed == generated,
                "\(CodecGenerator.fileName(spec)) is not what its table generates: run REGENERATE_CODEC=1 swift test --filter CodecGeneration")
        }
    }

    /// The folder holds the generated files and nothing else, so a codec whose table is gone goes too.
    @Test func theFolderHoldsOnlyGeneratedCodecs() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Paths.packageRoot + "/" + CodecGenerator.folder)
        #expect(Set(names) == Set(try CodecSpec.hotObjects().map(CodecGenerator.fileName)))
    }

    @Test func aLiteralKeepsQuotesAndBackslashes() {
        #expect(CodecGenerator.literal(#"a "b" \c"#) == #""a \"b\" \\c""#)
    }
}
