import QtQuick
import QtQuick.Controls.Basic

// The one obvious action of a screen. A long label (large text, a narrow screen) wraps onto a
// second line instead of being cut off.
Button {
    id: control
    implicitHeight: Math.max(Theme.touch, label.implicitHeight + Theme.gap)
    implicitWidth: Math.max(Math.round(320 * Theme.scale), label.implicitWidth + 2 * Theme.gapLarge)
    font.pixelSize: Theme.large
    font.family: Theme.fontFamily
    font.weight: Font.DemiBold
    leftPadding: Math.round(Theme.gap / 2)
    rightPadding: Math.round(Theme.gap / 2)
    contentItem: Text {
        id: label
        text: control.text
        font: control.font
        color: Theme.primaryText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap  // words first; a word wider than the button breaks, never spills
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.primaryPressed : Theme.primary
        border.width: control.visualFocus ? 4 : 0
        border.color: Theme.focus
    }
}
