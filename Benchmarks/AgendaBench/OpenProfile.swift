import AgendaModel
import AgendaStore
import AgendaTUI
import Foundation
import TerminalWidgets

/// Opening a file in the interface, step by step: where the time of the first frame goes, and the
/// peak memory of a process that only opens one agenda and draws it.
enum OpenProfile {
    static func run(path: String) {
        var steps: [(String, Double)] = []
        var start = DispatchTime.now().uptimeNanoseconds
        func step(_ name: String) {
            steps.append((name, InterfaceRun.since(start)))
            start = DispatchTime.now().uptimeNanoseconds
        }
        let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        step("read")
        let agenda = try! JSONAgendaFormat().decode(bytes)
        step("decode")
        _ = agenda.validate()
        step("validate")
        var state = AppState(size: Size(width: 100, height: 30), language: .english, today: Day("2026-11-29")!,
                             hasColor: true, screen: .loading(path: path))
        _ = Reducer.reduce(&state, .loaded(path: path, .success(agenda)))
        step("index and rows")
        _ = Renderer.render(state)
        step("render")
        for (name, milliseconds) in steps { print(name + ": " + String(format: "%.1f ms", milliseconds)) }
        print("peak memory: " + String(format: "%.0f MB", peakMemoryMB()))
    }
}
