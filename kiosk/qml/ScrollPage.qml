import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A step's content; scrolls only when the screen is too small for it.
Flickable {
    id: flick
    default property alias content: column.data
    contentWidth: width
    contentHeight: column.implicitHeight + Theme.gapLarge
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}

    // When the on-screen keyboard takes room, the field being typed in stays in sight.
    onHeightChanged: revealFocus()
    function revealFocus() {
        var item = Window.activeFocusItem
        if (!item || !flick.contentItem || !isDescendant(item))
            return
        var top = item.mapToItem(flick.contentItem, 0, 0).y
        if (top + item.height > contentY + height)
            contentY = Math.min(top + item.height - height + Theme.gap, Math.max(0, contentHeight - height))
        else if (top < contentY)
            contentY = Math.max(0, top - Theme.gap)
    }
    function isDescendant(item) {
        for (var p = item; p; p = p.parent) {
            if (p === column)
                return true
        }
        return false
    }

    ColumnLayout {
        id: column
        width: flick.width
        spacing: Theme.gapLarge
    }
}
