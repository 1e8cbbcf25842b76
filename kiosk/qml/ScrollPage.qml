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

    ColumnLayout {
        id: column
        width: flick.width
        spacing: Theme.gapLarge
    }
}
