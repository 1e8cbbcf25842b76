import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ScrollPage {
    BodyText {
        text: qsTr("Tap every time that suits you. The more you choose, the sooner we can call.")
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    // The days side by side where a time fits on its button, else one below the other.
    GridLayout {
        id: days
        readonly property int fitting: Math.floor(width / Math.round(340 * Theme.zoom))
        columns: Math.max(1, Math.min(journey.days.length, fitting))
        columnSpacing: Theme.gapLarge
        rowSpacing: Theme.gapLarge
        Layout.fillWidth: true
        Repeater {
            model: journey.days
            delegate: ColumnLayout {
                id: day
                required property var modelData
                spacing: Theme.gap
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Text {
                    text: day.modelData.label
                    font.pixelSize: Theme.body
                    font.family: Theme.fontFamily
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: day.modelData.windows
                    delegate: Button {
                        id: slot
                        required property var modelData
                        objectName: "window_" + modelData.key
                        checkable: false
                        text: modelData.label
                        onClicked: journey.toggleWindow(modelData.key)
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + Theme.gap)
                        font.pixelSize: Theme.large
                        font.family: Theme.fontFamily
                        Accessible.role: Accessible.CheckBox
                        Accessible.checked: modelData.selected
                        contentItem: Text {
                            text: (slot.modelData.selected ? "✓ " : "") + slot.text
                            wrapMode: Text.WordWrap
                            font: slot.font
                            color: slot.modelData.selected ? Theme.primaryText : Theme.text
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: slot.modelData.selected ? Theme.primary : (slot.down ? Theme.selected : Theme.surface)
                            border.width: 2
                            border.color: slot.modelData.selected ? Theme.primary : Theme.border
                        }
                    }
                }
            }
        }
    }
    ErrorText {
        objectName: "timeError"
        text: journey.stepError
        Layout.fillWidth: true
    }
    ColumnLayout {
        spacing: Math.round(Theme.gap / 2)
        Layout.fillWidth: true
        RowLayout {
            Layout.fillWidth: true
            Text {
                text: qsTr("A short note for us (optional)")
                font.pixelSize: Theme.body
                font.family: Theme.fontFamily
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "noteCounter"
                text: journey.noteCounter
                font.pixelSize: Theme.small
                font.family: Theme.fontFamily
                color: journey.noteError !== "" ? Theme.error : Theme.textMuted
            }
        }
        TextArea {
            id: noteInput
            objectName: "noteInput"
            text: journey.note
            onTextChanged: if (text !== journey.note) journey.setNote(text)
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(120 * Theme.scale)
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.text
            padding: Theme.gap
            placeholderText: qsTr("For example: best after 10 o'clock, please")
            placeholderTextColor: Theme.textMuted
            Accessible.name: qsTr("A short note for us (optional)")
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                border.width: noteInput.activeFocus ? 3 : 2
                border.color: journey.noteError !== "" ? Theme.error : (noteInput.activeFocus ? Theme.focus : Theme.border)
            }
        }
        ErrorText {
            text: journey.noteError
            Layout.fillWidth: true
        }
    }
}
