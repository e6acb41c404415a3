import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A real headless browser for a test: Debian's `chromium` driven by `chromedriver` over the W3C WebDriver
/// protocol (HTTP and JSON), so pages are tested as a practitioner's browser renders and submits them.
public final class WebDriver: @unchecked Sendable {
    private let driver: Process
    private let base: URL
    private let session: String

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts chromedriver on a port of the kernel's choosing and opens a headless Chromium window of
    /// `width` x `height`.
    public init(width: Int = 1366, height: Int = 900) async throws {
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.environment["CHROMEDRIVER"] ?? "/usr/bin/chromedriver")
        driver.arguments = ["--port=0"]
        let output = Pipe()
        driver.standardOutput = output
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        // "ChromeDriver was started successfully on port 46687."
        var announced = ""
        while !announced.contains("successfully on port"), driver.isRunning {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            announced += String(decoding: data, as: UTF8.self)
        }
        guard let port = announced.components(separatedBy: "successfully on port ").last?.prefix(while: \.isNumber), !port.isEmpty else {
            driver.terminate()
            throw Failure(description: "chromedriver did not say its port: \(announced)")
        }
        // Keep reading what it writes, so it never blocks on a full pipe.
        let handle = output.fileHandleForReading
        Thread { while !handle.availableData.isEmpty {} }.start()
        base = URL(string: "http://127.0.0.1:\(port)")!
        let deadline = ContinuousClock.now + .seconds(20)
        var ready = false
        var problem = ""
        while !ready, ContinuousClock.now < deadline {
            do {
                ready = try await Self.call(base.appendingPathComponent("status"), method: "GET", body: nil)?["ready"] as? Bool == true
            } catch {
                problem = "\(error)"
            }
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        guard ready else {
            driver.terminate()
            throw Failure(description: "chromedriver did not answer on port \(port): \(problem)")
        }
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": [
                "binary": ProcessInfo.processInfo.environment["CHROMIUM"] ?? "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=\(width),\(height)"],
            ],
        ]]]
        let created = try await Self.call(base.appendingPathComponent("session"), method: "POST", body: capabilities)
        guard let id = (created?["value"] as? [String: Any])?["sessionId"] as? String else {
            driver.terminate()
            throw Failure(description: "chromedriver did not open a session: \(String(describing: created))")
        }
        session = id
        // A form's submission can return before the next page has loaded: element lookups wait for it.
        _ = try await command("timeouts", body: ["implicit": 5000])
    }

    deinit {
        driver.terminate()
    }

    /// Closes the browser and the driver.
    public func quit() async {
        _ = try? await command("", method: "DELETE")
        driver.terminate()
    }

    public func open(_ url: String) async throws {
        _ = try await command("url", body: ["url": url])
    }

    public var title: String {
        get async throws { try await command("title", method: "GET") as? String ?? "" }
    }

    /// The page's title once it starts with `prefix` (a page may still be loading after a click), or the
    /// title it had when `timeout` ran out.
    public func title(startingWith prefix: String, timeout: Duration = .seconds(10)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var current = try await title
        while !current.hasPrefix(prefix), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
            current = try await title
        }
        return current
    }

    public var currentURL: String {
        get async throws { try await command("url", method: "GET") as? String ?? "" }
    }

    /// The first element matching a CSS selector, or a failure naming the selector.
    public func element(_ selector: String) async throws -> Element {
        let found = try await command("element", body: ["using": "css selector", "value": selector]) as? [String: Any]
        guard let id = found?.values.first as? String else { throw Failure(description: "no element matches \(selector)") }
        return Element(driver: self, id: id)
    }

    /// Every element matching a CSS selector.
    public func elements(_ selector: String) async throws -> [Element] {
        let found = try await command("elements", body: ["using": "css selector", "value": selector]) as? [[String: Any]] ?? []
        return found.compactMap { $0.values.first as? String }.map { Element(driver: self, id: $0) }
    }

    /// Runs `script` in the page and returns its result.
    public func execute(_ script: String) async throws -> Any? {
        try await command("execute/sync", body: ["script": script, "args": []])
    }

    /// Resizes the window (for a full-page screenshot).
    public func resize(width: Int, height: Int) async throws {
        _ = try await command("window/rect", body: ["width": width, "height": height])
    }

    /// A PNG of the window.
    public func screenshot() async throws -> Data {
        guard let base64 = try await command("screenshot", method: "GET") as? String, let data = Data(base64Encoded: base64) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }

    /// One element of the page.
    public struct Element: Sendable {
        let driver: WebDriver
        let id: String

        public func click() async throws { _ = try await driver.command("element/\(id)/click", body: [:]) }
        public func type(_ text: String) async throws { _ = try await driver.command("element/\(id)/value", body: ["text": text]) }
        public var text: String { get async throws { try await driver.command("element/\(id)/text", method: "GET") as? String ?? "" } }
        /// A DOM property, such as a field's `value`.
        public func property(_ name: String) async throws -> String? {
            try await driver.command("element/\(id)/property/\(name)", method: "GET") as? String
        }
    }

    func command(_ path: String, method: String = "POST", body: [String: Any]? = nil) async throws -> Any? {
        let url = base.appendingPathComponent("session/\(session)" + (path.isEmpty ? "" : "/\(path)"))
        return try await Self.call(url, method: method, body: method == "POST" ? (body ?? [:]) : nil)?["value"] ?? nil
    }

    /// One WebDriver call; a WebDriver error becomes a failure with its message. Over a NIO client:
    /// chromedriver writes headers without a space after the colon, which Foundation's URLSession refuses.
    private static func call(_ url: URL, method: String, body: [String: Any]?) async throws -> [String: Any]? {
        var headers: HTTPFields = [:]
        var buffer: ByteBuffer?
        if let body {
            headers[.contentType] = "application/json"
            buffer = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
        }
        let request = TestClient.Request(url.path, method: HTTPRequest.Method(method)!, authority: "127.0.0.1:\(url.port ?? 80)",
                                          headers: headers, body: buffer)
        let response = try await TestClient.withClient(host: "127.0.0.1", port: url.port ?? 80, configuration: .init(timeout: .seconds(90))) {
            try await $0.execute(request)
        }
        let data = response.body.map { Data(buffer: $0) } ?? Data()
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        if url.lastPathComponent == "status" { return object?["value"] as? [String: Any] }
        if let value = object?["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure(description: "\(method) \(url.path): \(error): \(value["message"] as? String ?? "")")
        }
        return object
    }
}
