import Foundation

/// A progress bar with counts per stage, redrawn in place on a terminal (or printed now and then when not).
struct ProgressLine {
    private let isTerminal = isatty(STDOUT_FILENO) == 1
    private var lastPrinted = ContinuousClock.now - .seconds(10)

    mutating func show(fed: Int, total: Int, snapshot: PipelineSnapshot, final: Bool = false) {
        let finished = snapshot.finished
        let width = 30
        let filled = total > 0 ? min(width, finished * width / total) : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let text = "[\(bar)] \(finished)/\(total) done | fed \(fed) | screened \(snapshot.count(.research)) "
            + "researched \(snapshot.count(.riskAssessment)) assessed \(snapshot.count(.decision)) "
            + "decided \(snapshot.count(.outcome)) held \(snapshot.count(.review)) | dead-lettered \(snapshot.count(.deadLetter))"
        if isTerminal {
            FileHandle.standardOutput.write(Data(("\r\u{1B}[2K" + text + (final ? "\n" : "")).utf8))
        } else if final || ContinuousClock.now - lastPrinted >= .seconds(2) {
            Console.line(text)
            lastPrinted = ContinuousClock.now
        }
    }
}
