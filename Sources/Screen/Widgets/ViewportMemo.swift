import Foundation

/// The size a widget was last drawn at, remembered for its keys: `render` cannot change
/// the widget, but PgUp/PgDn and scrolling need the page height.
///
/// It is a cache shared by copies of the widget (they are shown in the same place), not
/// part of the widget's value: two memos are always equal.
final class ViewportMemo: Equatable, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Size?

    var size: Size? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); defer { lock.unlock() }; stored = newValue }
    }

    static func == (a: ViewportMemo, b: ViewportMemo) -> Bool { true }
}

/// Scrolling a list so the selected row stays in view.
enum ListScroll {
    /// The first row to show: the current one when the selection is in view, else moved
    /// just enough; never so far that rows are left empty at the bottom.
    static func top(current: Int, selected: Int, count: Int, height: Int) -> Int {
        guard height > 0, count > 0 else { return 0 }
        var top = min(current, max(0, count - height))
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        return max(0, top)
    }

    /// The selection after a navigation key, or nil for another key.
    static func move(_ key: Key, selected: Int, count: Int, page: Int) -> Int? {
        guard count > 0 else { return nil }
        let target: Int
        switch key {
        case .up: target = selected - 1
        case .down: target = selected + 1
        case .home, .ctrlHome: target = 0
        case .end, .ctrlEnd: target = count - 1
        case .pageUp: target = selected - max(1, page)
        case .pageDown: target = selected + max(1, page)
        default: return nil
        }
        return min(max(0, target), count - 1)
    }
}
