import QtQuick
import QtQuick.Layouts

// A screen with one column of content in the middle (waiting, receipts, the end of a call):
// centred when it fits, scrolling with a visible cue when large text makes it taller.
ScrollArea {
    id: page
    default property alias items: column.data
    property int maximumWidth: Theme.contentWidth
    // The column's width, for content that lays itself out by the room it has.
    readonly property real columnWidth: column.width
    contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.gapLarge)

    content: ColumnLayout {
        id: column
        x: (page.width - page.barWidth - width) / 2
        y: Math.max(Theme.gapLarge, (page.height - implicitHeight) / 2)
        width: Math.min(page.width - page.barWidth - 2 * Theme.margin, page.maximumWidth)
        spacing: Theme.gapLarge
    }
}
