import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Label, field, optional hint and the error sentence. The field shows `value` (from the
// view-model) and reports every edit through `edited`, so a reset in the view-model clears it.
ColumnLayout {
    id: root
    property string label
    property string hint
    property string error
    property string value
    property alias field: input
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    signal edited(string text)
    spacing: Math.round(Theme.gap / 2)

    Text {
        text: root.label
        font.pixelSize: Theme.body
        font.family: Theme.fontFamily
        font.weight: Font.DemiBold
        color: Theme.text
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    Text {
        visible: root.hint !== ""
        text: root.hint
        font.pixelSize: Theme.small
        font.family: Theme.fontFamily
        color: Theme.textMuted
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    TextField {
        id: input
        objectName: root.objectName + "Input"
        text: root.value
        onTextEdited: root.edited(text)
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        font.pixelSize: Theme.large
        font.family: Theme.fontFamily
        color: Theme.text
        leftPadding: Theme.gap
        rightPadding: Theme.gap
        Accessible.name: root.label
        Accessible.description: root.error !== "" ? root.error : root.hint
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.width: input.activeFocus || root.error !== "" ? 3 : 2
            border.color: root.error !== "" ? Theme.error : (input.activeFocus ? Theme.focus : Theme.border)
        }
    }
    ErrorText {
        objectName: root.objectName + "Error"
        text: root.error
        Layout.fillWidth: true
    }
}
