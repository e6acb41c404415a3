import Foundation
import MASHCore
import MASHKafka
import MASHTestSupport
import Testing

/// `mash dev` with the workspace, used in a real headless Chromium (WebDriver): a social care manager logs
/// in, opens the queue and a held case, signs it off with reasons, and the case's taskings then appear on
/// Kafka with the manager as decision maker. Screenshots land in `.build/screenshots/` (the README's come
/// from there).
@Suite("The workspace in a real browser", .serialized)
struct WorkspaceBrowserTests {
    private static let screenshots = PackagePaths.root.appendingPathComponent(".build/screenshots")

    /// The value after `prefix` on the first line of `output` that has it, up to the next space.
    private func value(after prefix: String, in output: String) -> String? {
        output.split(separator: "\n").first { $0.contains(prefix) }
            .flatMap { $0.components(separatedBy: prefix).last?.split(separator: " ").first.map(String.init) }
    }

    @Test("log in, open the queue and a held case, sign it off in the browser; its taskings go out with the person as decidedBy")
    func signOffInTheBrowser() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mash-browser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dev = try ChildProcess("mash", ["dev", "--referrals", "40", "--people", "800", "--rate", "40", "--keep-running",
                                            "--data", folder.path, "--port", "0", "--workspace-port", "0", "--gateway-port", "0"])
        defer { dev.kill(SIGKILL) }
        #expect(await dev.waitForOutput(containing: "the hub is still running", timeout: .seconds(240)), "\(dev.outputText.suffix(3000))")
        let output = dev.outputText
        let workspace = try #require(value(after: "workspace: ", in: output), "\(output)")
        let broker = try #require(value(after: "embedded broker: ", in: output))
        let password = try #require(value(after: "login: sc.manager / ", in: output))
        #expect(output.contains("login: auditor / ") && output.contains("(Auditor, Children's Social Care)"))

        let browser = try await WebDriver()
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        do {
            try await browser.open(workspace + "/queue")
            #expect(try await browser.currentURL.hasSuffix("/login"), "the queue needs a login")
            try await browser.element("#username").type("sc.manager")
            try await browser.element("#password").type(password)
            try await browser.element("button.primary").click()
            let title = try await browser.title(startingWith: "Queue")
            #expect(title.hasPrefix("Queue"), "after logging in the page is \(title)")
            let awaiting = try await browser.elements("span.status-awaiting-sign-off")
            #expect(!awaiting.isEmpty, "held cases are in the queue")
            // Held cases come first: the first row is one.
            let firstStatus = try await browser.element("table.queue tbody tr .status").text
            #expect(firstStatus == "Awaiting sign-off")
            let unlabelled = try await browser.execute("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(e => !(e.labels && e.labels.length)).length + (document.documentElement.lang ? 0 : 1);
                """) as? Int
            #expect(unlabelled == 0, "every field has a label and the page a language")
            try await browser.screenshot().write(to: Self.screenshots.appendingPathComponent("queue.png"))

            try await browser.element("table.queue tbody tr a.case-link").click()
            let heading = try await browser.element("h1 .case-id").text
            let caseId = heading.trimmingCharacters(in: .whitespaces)
            #expect(caseId.hasPrefix("CASE-"))
            #expect(try await browser.element("#proposal-heading").text.contains("awaiting sign-off"))
            try await browser.resize(width: 1366, height: 2200)
            try await browser.screenshot().write(to: Self.screenshots.appendingPathComponent("case.png"))
            try await browser.resize(width: 1366, height: 900)

            // Reasons that are not a sentence are refused, saying why, and the form keeps what was written.
            try await browser.element("#rationale").type("Agreed-with-the-proposal.")
            try await browser.element("section.sign-off button.primary").click()
            #expect(try await browser.element("div.error").text.contains("rationale: must be at least a sentence"))
            #expect(try await browser.element("#rationale").property("value") == "Agreed-with-the-proposal.")
            let reasons = "The police account and the school's disclosure agree; a strategy discussion is needed today."
            try await browser.execute("document.getElementById('rationale').value = ''; return 0;")
            try await browser.element("#rationale").type(reasons)
            try await browser.element("section.sign-off button.primary").click()
            #expect(try await browser.element("p.notice").text.hasPrefix("Signed off."))

            // The decision worker issues the taskings; the page shows the decision once it has read them back.
            var issued = false
            for _ in 0..<50 where !issued {
                try await browser.open(workspace + "/cases/\(caseId)")
                issued = (try? await browser.element("#decision-heading")) != nil
                if !issued { try await Task.sleep(for: .milliseconds(200)) }
            }
            #expect(issued, "the case page shows the decision")
            #expect(try await browser.element("section.decision").text.contains("Decided by Sam Patel (Social care manager, Children's Social Care)"))
            try await browser.resize(width: 1366, height: 1600)
            try await browser.screenshot().write(to: Self.screenshots.appendingPathComponent("case-signed.png"))

            // The dashboard: the run's figures, its own style let through by the content policy (a blocked
            // style would leave the headings without their rule).
            try await browser.open(workspace + "/dashboard")
            #expect(try await browser.title(startingWith: "MASH monitoring report").hasPrefix("MASH monitoring report"))
            let styled = try await browser.execute("return getComputedStyle(document.querySelector('h2')).borderBottomStyle;") as? String
            #expect(styled == "solid", "the report's style applies under the dashboard's content policy")
            let charts = try await browser.execute("return document.querySelectorAll('svg rect.bar').length;") as? Int
            #expect((charts ?? 0) > 0, "charts drawn")
            try await browser.screenshot().write(to: Self.screenshots.appendingPathComponent("dashboard.png"))

            // On Kafka: the outcome names the person, and the case's taskings went out.
            let consumer = try KafkaConsumer(
                configuration: KafkaConfiguration(bootstrapServers: broker, clientID: "mash-browser-test"),
                options: ConsumerOptions(groupID: "browser-\(UUID().uuidString)"), logger: .init(label: "test")
            )
            defer { consumer.close() }
            try consumer.subscribe(["mash.outcome", "mash.tasking.police", "mash.tasking.social-care", "mash.tasking.health"])
            var outcome: Outcome?
            var taskings: [Tasking] = []
            let deadline = ContinuousClock.now + .seconds(30)
            while ContinuousClock.now < deadline, outcome.map({ found in Set(taskings.map(\.taskingId)) != Set(found.taskings.map(\.taskingId)) }) ?? true {
                for message in try await consumer.nextBatch() {
                    if message.topic == "mash.outcome", let read = try? MASHJSON.decode(Outcome.self, from: Data(message.value)), read.caseId == caseId {
                        outcome = read
                    } else if let tasking = try? MASHJSON.decode(Tasking.self, from: Data(message.value)), tasking.caseId == caseId {
                        taskings.append(tasking)
                    }
                }
            }
            let decided = try #require(outcome)
            #expect(decided.decision.decidedBy == "Sam Patel (Social care manager, Children's Social Care)")
            #expect(decided.decision.signOff?.rationale == reasons)
            #expect(!taskings.isEmpty && Set(taskings.map(\.taskingId)) == Set(decided.taskings.map(\.taskingId)))
        } catch {
            try? await browser.screenshot().write(to: Self.screenshots.appendingPathComponent("failure.png"))
            await browser.quit()
            throw error
        }
        await browser.quit()
        dev.kill(SIGTERM)
        #expect(await dev.waitForExit(timeout: .seconds(60)) == 0, "\(dev.outputText.suffix(2000))")
    }
}
