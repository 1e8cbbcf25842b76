import QtQuick
import QtQuick.Layouts

// A step's content: a column that scrolls (with a visible cue) only when the screen is too
// small for it. The step's actions live outside, in the flow's action bar, so they never
// scroll away.
ScrollArea {
    id: page
    default property alias items: column.data
    contentHeight: column.implicitHeight + Theme.gapLarge

    // When the on-screen keyboard takes room, and whenever the focus moves on (Enter, a tap),
    // the field being typed in stays in sight.
    onHeightChanged: Qt.callLater(revealFocus)
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() { Qt.callLater(page.revealFocus) }
    }
    function revealFocus() {
        const item = page.Window.activeFocusItem
        if (!item || !page.visible || !isInside(item))
            return
        const whole = wholeField(item)
        if (whole.height <= page.height)
            page.reveal(whole)
        else
            page.revealAtTop(item)  // no room for its label: the label goes whole, not halved
    }
    // The field with its label and hint, or the item itself when it is no field.
    function wholeField(item) {
        for (let p = item.parent; p && p !== column; p = p.parent) {
            if (p.revealWhole === true)
                return p
        }
        return item
    }
    function isInside(item) {
        for (let p = item; p; p = p.parent) {
            if (p === column)
                return true
        }
        return false
    }

    // Named, not default: this component's own default property is the column's children.
    content: ColumnLayout {
        id: column
        width: page.width - page.barWidth
        spacing: Theme.gapLarge
    }
}
