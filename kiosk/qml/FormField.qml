import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.VirtualKeyboard

// Label, field, optional hint and the error sentence. The field shows `value` (from the
// view-model) and reports every edit through `edited`, so a reset in the view-model clears it.
// Enter (on the on-screen keyboard too, whose key then says "Next" or "Done") moves on to
// `nextField`, or, on the step's last field, emits `submitted`: the step's "Next".
ColumnLayout {
    id: root
    property string label
    property string hint
    property string error
    property string value
    property alias field: input
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    property Item nextField: null
    signal edited(string text)
    signal submitted()
    // ScrollPage shows the label and hint with the focused field where they fit.
    readonly property bool revealWhole: true
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
        onAccepted: root.nextField ? root.nextField.field.forceActiveFocus() : root.submitted()
        EnterKeyAction.actionId: root.nextField ? EnterKeyAction.Next : EnterKeyAction.Done
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
