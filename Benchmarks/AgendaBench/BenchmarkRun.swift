import AgendaModel
import AgendaStore
import Foundation
import TestSupport

/// One size of agenda, measured: a row of the benchmark's table.
struct BenchmarkRun {
    let goals: Int
    let runs: Int

    func run() -> String {
        let folder = TemporaryFolder("agenda-bench")
        let path = folder.file("agenda.json")
        let store = FileAgendaStore()
        let format = JSONAgendaFormat()
        let agenda = AgendaGenerator.agenda(goals: goals)
        try! store.create(agenda, at: path)
        let bytes = [UInt8](FileManager.default.contents(atPath: path)!)

        let load = Timing.measure(runs: runs) { _ = try! store.load(path) }
        let decode = Timing.measure(runs: runs) { _ = try! format.decode(bytes) }
        let encode = Timing.measure(runs: runs) { _ = format.encode(agenda) }
        var edited = agenda
        let save = Timing.measure(runs: runs) {
            try! store.update(path) { (current: inout Agenda) throws(AgendaFileError) in
                let id = current.goals[current.goals.count / 2].id
                let progress = current.goals[current.goals.count / 2].progress
                _ = try? current.apply(.setGoal(id: id, .progress((progress + 10) % 100)), by: "bench", at: Date())
                edited = current
            }
        }
        _ = edited
        // What the interface does: the version it holds is still on disk, so it is not read again.
        var known = try! store.read(path)
        let tuiSave = Timing.measure(runs: runs) {
            let modified = try! store.modify(path, knowing: KnownVersion(agenda: known.agenda, stamp: known.stamp)) {
                (current: inout Agenda) throws(AgendaFileError) in
                let id = current.goals[current.goals.count / 3].id
                let progress = current.goals[current.goals.count / 3].progress
                _ = try? current.apply(.setGoal(id: id, .progress((progress + 10) % 100)), by: "bench", at: Date())
            }
            known = (modified.agenda, modified.stamp)
        }
        // A keystroke of search: the filter over every goal for the text typed so far.
        let search = Timing.measure(runs: runs) {
            _ = GoalFilter(search: "michoacan").apply(to: agenda)
        }
        let interface = InterfaceRun(agenda: agenda, path: path, store: store)
        let firstFrame = interface.firstFrame(runs: runs)
        let keys = interface.keystrokes(rounds: max(3, runs))
        let size = Double(bytes.count) / 1_048_576
        func cell(_ timing: Timing) -> String {
            "\(timing) [\(Timing.format(timing.min))-\(Timing.format(timing.max))]"
        }
        func keyCell(_ timing: Timing) -> String {
            "\(timing) [p99 \(Timing.format(timing.percentile(99))), max \(Timing.format(timing.max))]"
        }
        return "| \(goals) | \(String(format: "%.1f MB", size)) | \(cell(load)) | \(cell(decode)) | \(cell(save)) | \(cell(tuiSave)) | \(cell(encode)) | "
            + "\(cell(search)) | \(cell(firstFrame)) | \(keyCell(keys.move)) | \(keyCell(keys.search)) | \(keyCell(keys.other)) | "
            + "\(String(format: "%.0f MB", peakMemoryMB())) |"
    }
}
