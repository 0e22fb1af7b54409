import AgendaModel
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda translate import FILE PO-FILE [--by NAME]`: applies a PO file's translations to the agenda, all
/// in one save, or nothing when the file is not for this agenda or has an error.
struct TranslateImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: TranslateMessages.importAbstract, discussion: TranslateMessages.importDiscussion)

    @OptionGroup var target: AgendaFileArgument

    @Argument(help: ArgumentHelp(TranslateMessages.poFileHelp, valueName: "po-file"), completion: .file(extensions: ["po"]))
    var poFile: String

    @OptionGroup var editor: EditorOptions

    func run() throws {
        try reporting {
            let po: POFile
            do {
                po = try POReader.read(try Self.read(poFile))
            } catch let error as POSyntaxError {
                throw AgendaFileError(file: poFile, items: [
                    .init(error.message, at: SourcePosition(line: error.line, column: error.column)),
                    .init(TranslateMessages.nothingImported(into: target.file)),
                ])
            }
            let plan = try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) in
                let plan = try TranslationImport(po, path: poFile, into: agenda, file: target.file)
                try agenda.apply(plan.edits, by: editor.who, file: target.file)
                return plan
            }
            plan.notes.forEach(Console.error)
            Console.line(TranslateMessages.imported(poFile, into: target.file, language: plan.language, plan.counts))
        }
    }

    /// The bytes of a file, or a refusal naming it with the system's reason.
    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(lines: ["\(path): " + TranslateMessages.cannotRead(String(cString: strerror(errno)))]) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                throw Failure(lines: ["\(path): " + TranslateMessages.cannotRead(String(cString: strerror(errno)))])
            }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
        }
    }
}
