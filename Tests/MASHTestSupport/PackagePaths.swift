import Foundation

/// Folders of the package, found from this file's place in it.
public enum PackagePaths {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let topics = root.appendingPathComponent("topics")
}
