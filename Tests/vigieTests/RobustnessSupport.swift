import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A run of a command with what it cost: wall-clock time and peak resident memory, from `wait4`'s rusage of
/// exactly that child (not the maximum over every child of the test process, as RUSAGE_CHILDREN would give).
struct MeasuredRun: Sendable {
    var run: Run
    var seconds: Double
    /// Peak resident set size, in MiB.
    var peakMiB: Double
}

enum Spawn {
    /// Runs `executable arguments…` in `directory`, stdin from /dev/null, stdout and stderr to files.
    static func run(_ executable: String, _ arguments: [String], in directory: URL) throws -> MeasuredRun {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout").path, err = scratch.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // The shell changes folder then execs the command. posix_spawn shares the test process's memory until
        // the exec, and Linux carries that high-water mark over exec: wait4's ru_maxrss is then at least the test
        // process's own size (an upper bound). GNU time forks from a small process, so where it is installed its
        // figure is the command's own peak.
        let peakFile = scratch.appendingPathComponent("peak").path
        let time = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? ["/usr/bin/time", "-f", "%M", "-o", peakFile] : []
        let shell = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path] + time + [executable] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = shell.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = Date()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError(message: "posix_spawn \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw SpawnError(message: "wait4: \(String(cString: strerror(errno)))") }
        }
        let seconds = Date().timeIntervalSince(start)
        // WIFEXITED / WEXITSTATUS, WTERMSIG: a signal shows as 128 + signal, as in a shell.
        let exitStatus: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let run = Run(status: exitStatus,
                      stdout: String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self))
        // KiB on Linux, both.
        // GNU time writes "Command exited with non-zero status 1" before the figure: take the last line.
        let timed = FileManager.default.contents(atPath: peakFile).flatMap {
            String(decoding: $0, as: UTF8.self).split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        }
        return MeasuredRun(run: run, seconds: seconds, peakMiB: (timed ?? Double(usage.ru_maxrss)) / 1024)
    }

    /// `vigie arguments…` in `directory`, measured.
    static func vigie(_ arguments: [String], in directory: URL) throws -> MeasuredRun {
        try run(VigieBinary.url().path, arguments, in: directory)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// The bounds every broken input must stay within. Stated here, checked by RobustnessTests, and tunable for
/// slow builds: `VIGIE_ROBUSTNESS_SECONDS`, `VIGIE_ROBUSTNESS_MIB`; `VIGIE_SANITIZER=1` (sanitized builds, whose
/// shadow memory and slowdown say nothing of the real program) checks neither.
enum Bounds {
    /// Wall-clock seconds for one `vigie validate` of a generated large input (debug build: each takes 1–4 s).
    static var seconds: Double { environment("VIGIE_ROBUSTNESS_SECONDS") ?? 15 }
    /// Peak resident memory of the `vigie` process for any input of the corpus, including the 10 MB cell.
    static var mebibytes: Double { environment("VIGIE_ROBUSTNESS_MIB") ?? 100 }
    static var enforced: Bool { ProcessInfo.processInfo.environment["VIGIE_SANITIZER"] != "1" }

    private static func environment(_ name: String) -> Double? {
        ProcessInfo.processInfo.environment[name].flatMap(Double.init)
    }

    static func check(_ measured: MeasuredRun, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(measured.run.status < 128, "\(name): vigie crashed (status \(measured.run.status))\n\(measured.run.stderr.prefix(2000))",
                sourceLocation: sourceLocation)
        guard enforced else { return }
        #expect(measured.seconds < seconds, "\(name): took \(measured.seconds) s, more than \(seconds) s", sourceLocation: sourceLocation)
        #expect(measured.peakMiB < mebibytes, "\(name): peak memory \(measured.peakMiB) MiB, more than \(mebibytes) MiB",
                sourceLocation: sourceLocation)
    }
}

/// A throw-away copy of the `valid` fixture workspace to break.
struct ScratchWorkspace {
    let url: URL

    init() throws {
        url = try Fixture.copy("valid")
    }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    func write(_ relative: String, _ bytes: [UInt8]) throws {
        try FileManager.default.createDirectory(at: path(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: path(relative))
    }

    func remove() {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }
}
