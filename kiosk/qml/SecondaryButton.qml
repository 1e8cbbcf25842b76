import QtQuick
import QtQuick.Controls.Basic

// Back, change, try-again: outlined, clearly less prominent than the primary action.
Button {
    id: control
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Math.round(200 * Theme.scale), contentItem.implicitWidth + 2 * Theme.gapLarge)
    font.pixelSize: Theme.body
    font.family: Theme.fontFamily
    font.weight: Font.Medium
    contentItem: Text {
        text: control.text
        font: control.font
        color: Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.selected : Theme.surface
        border.width: 2
        border.color: Theme.primary
    }
}
