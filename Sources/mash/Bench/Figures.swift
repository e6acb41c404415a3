import Foundation

/// Prints benchmark figures one per line as `name: value unit`.
enum Figures {
    static func print(_ name: String, _ value: Double, _ unit: String, decimals: Int = 3) {
        let number = String(format: "%.\(decimals)f", value)
        Console.line(unit.isEmpty ? "\(name): \(number)" : "\(name): \(number) \(unit)")
    }
}
