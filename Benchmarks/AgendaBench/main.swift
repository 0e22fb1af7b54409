import AgendaModel
import AgendaStore
import Foundation
import TestSupport

/// The benchmark of `agenda`: generates deterministic agendas and measures load, save, search, the
/// interface's first frame and keystrokes, and memory.
///
/// Usage: `swift run -c release agenda-bench [--sizes 1000,10000,100000] [--runs 5]`; for profilers,
/// `--write N --to PATH [--taskwarrior FOLDER]` writes a generated agenda of N goals (and the same goals
/// as taskwarrior data) and `--profile-load PATH` loads a file `--runs` times, `--profile-open PATH` times the steps of opening it.
/// Each size runs in a child process of its own, so its peak memory is its own.
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let runs = Int(option("--runs") ?? "") ?? 5

if let goals = option("--profile-keys").flatMap(Int.init) {
    // For a profiler: only the keystrokes, many rounds, on a generated agenda kept in memory.
    let agenda = AgendaGenerator.agenda(goals: goals)
    let result = InterfaceRun(agenda: agenda, path: "profile.json", store: FileAgendaStore()).keystrokes(rounds: runs)
    print("list \(result.move) search \(result.search) other \(result.other)")
    exit(0)
}

if let goals = option("--write").flatMap(Int.init), let path = option("--to") {
    // A generated agenda written to a file, for profiling the command line on it; with
    // `--taskwarrior FOLDER`, the same goals as taskwarrior's data files too.
    let agenda = AgendaGenerator.agenda(goals: goals)
    try FileAgendaStore().create(agenda, at: path)
    if let folder = option("--taskwarrior") { try TaskwarriorData.write(agenda, to: folder) }
    exit(0)
}

if let path = option("--profile-open") {
    // Where the first frame's time goes, and the memory of opening one agenda.
    OpenProfile.run(path: path)
    exit(0)
}

if let path = option("--profile-save") {
    // For a profiler: saves as the interface makes them (the version on disk known), several times.
    let store = FileAgendaStore()
    var known = try store.read(path)
    for round in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        let modified = try store.modify(path, knowing: KnownVersion(agenda: known.agenda, stamp: known.stamp)) {
            (agenda: inout Agenda) throws(AgendaFileError) in
            _ = try? agenda.apply(.setGoal(id: agenda.goals[round].id, .progress(round % 100)), by: "bench", at: Date())
        }
        known = (modified.agenda, modified.stamp)
        print("save: \(InterfaceRun.since(start)) ms")
    }
    exit(0)
}

if let path = option("--profile-listing") {
    // For a profiler: only reading a file as `list` does, several times.
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        let agenda = try FileAgendaStore().readForListing(path)
        print("listing \(agenda.goals.count) goals: \(InterfaceRun.since(start)) ms")
    }
    exit(0)
}

if let path = option("--profile-encode") {
    // For a profiler: only encoding a loaded file, several times.
    let agenda = try FileAgendaStore().load(path)
    for _ in 0..<runs { _ = JSONAgendaFormat().encode(agenda) }
    exit(0)
}

if let path = option("--profile-load") {
    // For a profiler: only loading a file, several times.
    for _ in 0..<runs { _ = try FileAgendaStore().load(path) }
    exit(0)
}

if let single = option("--single").flatMap(Int.init) {
    print(BenchmarkRun(goals: single, runs: runs).run())
    exit(0)
}

let sizes = (option("--sizes") ?? "1000,10000,100000").split(separator: ",").compactMap { Int($0) }
print("agenda benchmark: median of \(runs) runs per figure (min-max in brackets), release build expected")
print("")
print("| goals | file | load (read, decode, validate) | decode only | save one edit (locked load, edit, encode, atomic write) "
    + "| save one edit in the TUI (version known, edit, check, encode, atomic write) | encode only | search all texts (CLI) | TUI first frame (read, index, rows, render; checked after) | TUI keystroke in the list "
    + "| TUI keystroke in the search line | TUI keystroke folding, sorting, searching a sorted list | peak memory |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sizes {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["--single", String(size), "--runs", String(runs)]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    print(String(decoding: output, as: UTF8.self), terminator: "")
}
