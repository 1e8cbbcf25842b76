import QtQuick
import QtQuick.Controls.Basic

// Back, change, try-again: outlined, clearly less prominent than the primary action. A long
// label wraps onto a second line instead of being cut off.
Button {
    id: control
    implicitHeight: Math.max(Theme.touch, label.implicitHeight + Theme.gap)
    implicitWidth: Math.max(Math.round(200 * Theme.scale), label.implicitWidth + 2 * Theme.gapLarge)
    font.pixelSize: Theme.body
    font.family: Theme.fontFamily
    font.weight: Font.Medium
    leftPadding: Math.round(Theme.gap / 2)
    rightPadding: Math.round(Theme.gap / 2)
    contentItem: Text {
        id: label
        text: control.text
        font: control.font
        color: Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap  // words first; a word wider than the button breaks, never spills
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.selected : Theme.surface
        border.width: 2
        border.color: Theme.primary
    }
}
