import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A top-bar button: icon and label, on every screen. It never takes the keyboard focus, so
// the field the citizen is typing in keeps it (and read-aloud still knows which field it is).
// `compact` shows the symbol alone (the name stays for read-aloud), unless `keepLabel`.
Button {
    id: control
    property string iconName
    property bool compact: false
    property bool keepLabel: false
    readonly property bool labelShown: !compact || keepLabel
    focusPolicy: Qt.NoFocus
    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + Theme.gap)
    implicitWidth: labelShown ? contentItem.implicitWidth + 2 * Theme.gap
                              : Math.max(Theme.touch, contentItem.implicitWidth + 2 * Theme.gap)
    font.pixelSize: Theme.body
    font.family: Theme.fontFamily
    font.weight: control.checked ? Font.Bold : Font.Medium
    Accessible.name: text
    contentItem: RowLayout {
        spacing: Math.round(Theme.gap / 2)
        Icon {
            name: control.iconName
            color: control.checked ? Theme.header : Theme.headerText
            Layout.alignment: Qt.AlignVCenter | (control.labelShown ? 0 : Qt.AlignHCenter)
        }
        Text {
            visible: control.labelShown
            text: control.text
            font: control.font
            color: control.checked ? Theme.header : Theme.headerText
            verticalAlignment: Text.AlignVCenter
            Layout.alignment: Qt.AlignVCenter
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.checked || control.down ? Theme.headerText : "transparent"
        opacity: control.down && !control.checked ? 0.25 : 1.0
        border.width: Theme.borderWidth
        border.color: Theme.headerText
    }
}
