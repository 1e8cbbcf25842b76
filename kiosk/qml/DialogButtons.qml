import QtQuick
import QtQuick.Layouts

// A row of buttons at the end of a box: side by side when they fit, else one below the
// other at full width (children set Layout.fillWidth: true; side by side it changes nothing).
Item {
    id: wrap
    default property alias buttons: grid.data
    implicitHeight: grid.implicitHeight

    GridLayout {
        id: grid
        readonly property real needed: {
            let sum = 0, shown = 0
            for (let i = 0; i < children.length; ++i) {
                if (children[i].visible) {
                    sum += children[i].implicitWidth
                    shown += 1
                }
            }
            return sum + Math.max(0, shown - 1) * columnSpacing
        }
        readonly property bool sideBySide: needed <= wrap.width
        anchors.right: parent.right
        width: sideBySide ? needed : wrap.width
        columns: sideBySide ? Math.max(1, children.length) : 1
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap
    }
}
