import Foundation
import PluginHost
import PluginModel

// Measures the plugin host's per-call costs (run with `swift run -c release PluginHostBenchmark [PLUGIN_FOLDER]`).
// The folder defaults to plugin-sdk/template; any plugin works, one with a dashboard card also
// gets its render timed (the render gets `{ user = "Ada" }`).

let folder = CommandLine.arguments.dropFirst().first ?? "plugin-sdk/template"
let clock = ContinuousClock()

func microseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
}

func report(_ name: String, _ duration: Duration, count: Int) {
    print(String(format: "%-46@ %10.2f µs", name as NSString, microseconds(duration) / Double(count)))
}

/// Runs off the main thread, as a host's request handlers do, so calls do not pay main-thread hops.
@concurrent func measure(folder: String) async throws {
    let loads = 50
    var runtime: PluginRuntime?
    let loadTime = try await clock.measure {
        for _ in 0..<loads { runtime = try await PluginLoader.load(folder: folder, environment: PluginEnvironment()) }
    }
    report("plugin load (manifest + state + init.lua)", loadTime, count: loads)
    guard let runtime else { return }

    let calls = 100_000
    let hostCalls = try await clock.measure {
        _ = try await runtime.evaluate("local has = exo.has for i = 1, \(calls) do has('http') end", context: .render)
    }
    report("plugin→host call (exo.has)", hostCalls, count: calls)

    let jsonCalls = try await clock.measure {
        _ = try await runtime.evaluate("local e = exo.json.encode for i = 1, \(calls) do e({ a = 1 }) end", context: .render)
    }
    report("plugin→host call (exo.json.encode {a=1})", jsonCalls, count: calls)

    let events = 20_000
    let eventTime = try await clock.measure {
        for _ in 0..<events { try await runtime.emit("instance.launched", payload: .record(["name": .text("vm")])) }
    }
    report("host→plugin event (actor hop, no handler)", eventTime, count: events)

    // A handler that reads the payload, as a plugin listening for state changes does.
    _ = try await runtime.evaluate("exo.on('instance.state_changed', function(e) local _ = e.status end)", context: .load)
    let payload = LuaValue.record([
        "id": .text("6b0f7c1e-3d52-4a0e-9e7e-0c9f1a2b3c4d"), "name": .text("vm"), "cloud": .text("demo"),
        "project": .text("bio101"), "status": .text("ACTIVE"), "previous_status": .text("BUILD"),
    ])
    let handledTime = try await clock.measure {
        for _ in 0..<events { try await runtime.emit("instance.state_changed", payload: payload) }
    }
    report("host→plugin event (one handler, 6-field payload)", handledTime, count: events)

    let card = await runtime.contributions.cards.first?.id
    if let card {
        let renders = 20_000
        let renderTime = try await clock.measure {
            for _ in 0..<renders { _ = try await runtime.render(card: card, context: .record(["user": .text("Ada")])) }
        }
        report("host→plugin call (render card \(card))", renderTime, count: renders)
    }
    print("memory of the loaded plugin: \(await runtime.memoryUsed / 1024) KiB")
}

do {
    try await measure(folder: folder)
} catch let error as PluginError {
    print("error: \(error)")
    exit(1)
}
