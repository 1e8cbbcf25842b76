import QtQuick
import QtQuick.Layouts

// Optional: the BG number helps staff put the document in the right file at once.
ScrollPage {
    BodyText {
        text: qsTr("With your BG number, your documents reach the right file faster. If you do not have it with you, just tap “Next”.")
        font.pixelSize: Theme.large
        color: Theme.textMuted
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.contentWidth
    }
    FormField {
        objectName: "docBg"
        label: qsTr("BG number (optional)")
        hint: qsTr("You find it on letters from the job centre, for example 12345BG1234567.")
        value: documents.bgNumber
        error: documents.bgError
        maximumLength: 30
        inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
        onEdited: text => documents.setBgNumber(text)
        onSubmitted: documents.next()
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.contentWidth * 0.7
    }
}
