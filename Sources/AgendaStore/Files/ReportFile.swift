/// Writing a report or minutes file beside the agendas: atomically, and readable by its owner only
/// when it is new (reports can hold names); an existing file keeps its mode.
public enum ReportFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(AgendaFileError) {
        let target = FileIO.resolvedPath(path) ?? path
        do {
            try AtomicWriter.write(bytes, to: target, keepingBackup: false)
        } catch {
            throw AgendaFileError(file: path, error.message + "; nothing was written")
        }
    }
}
