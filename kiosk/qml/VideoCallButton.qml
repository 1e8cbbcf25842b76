import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A large control of the call: an icon over a word, easy to hit while talking.
Button {
    id: control
    property string iconName
    // A second, smaller line under the label (what a tap does, for a switch).
    property string hint
    property color fill: Theme.surface
    property color ink: Theme.primary
    implicitHeight: Math.max(Math.round(Theme.touch * 1.45), contentItem.implicitHeight + Theme.gap)
    implicitWidth: Math.max(Math.round(260 * Theme.zoom), label.implicitWidth + 2 * Theme.gapLarge,
                            hintLabel.implicitWidth + 2 * Theme.gapLarge)
    font.pixelSize: Theme.body
    font.family: Theme.fontFamily
    font.weight: Font.DemiBold
    opacity: enabled ? 1 : 0.55
    contentItem: ColumnLayout {
        spacing: Math.round(Theme.gap / 3)
        VideoIcon {
            name: control.iconName
            color: control.ink
            size: Math.round(40 * Theme.zoom)
            Layout.alignment: Qt.AlignHCenter
        }
        Text {
            id: label
            text: control.text
            font: control.font
            color: control.ink
            horizontalAlignment: Text.AlignHCenter
            Layout.alignment: Qt.AlignHCenter
        }
        Text {
            id: hintLabel
            visible: control.hint !== ""
            text: control.hint
            font.pixelSize: Theme.small
            font.family: Theme.fontFamily
            color: control.ink
            horizontalAlignment: Text.AlignHCenter
            Layout.alignment: Qt.AlignHCenter
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Qt.darker(control.fill, 1.15) : control.fill
        border.width: control.visualFocus ? 4 : Theme.borderWidth
        border.color: control.visualFocus ? Theme.focus : control.ink
    }
}
