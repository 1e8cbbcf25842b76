import QtQuick
import QtQuick.Controls.Basic

// The one obvious action of a screen.
Button {
    id: control
    implicitHeight: Theme.touch
    implicitWidth: Math.max(Math.round(320 * Theme.scale), contentItem.implicitWidth + 2 * Theme.gapLarge)
    font.pixelSize: Theme.large
    font.family: Theme.fontFamily
    font.weight: Font.DemiBold
    contentItem: Text {
        text: control.text
        font: control.font
        color: Theme.primaryText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.primaryPressed : Theme.primary
        border.width: control.visualFocus ? 4 : 0
        border.color: Theme.focus
    }
}
