import QtQuick
import QtQuick.Layouts

ScrollPage {
    FormField {
        id: nameField
        objectName: "name"
        nextField: phoneField
        label: qsTr("Your name")
        value: journey.name
        error: journey.nameError
        maximumLength: 200
        onEdited: text => journey.setName(text)
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.contentWidth * 0.7
    }
    FormField {
        id: phoneField
        objectName: "phone"
        nextField: bgField
        label: qsTr("Phone number for the callback")
        hint: qsTr("Mobile or landline, for example 0171 2345678")
        value: journey.phone
        error: journey.phoneError
        maximumLength: 30
        inputMethodHints: Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
        onEdited: text => journey.setPhone(text)
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.contentWidth * 0.7
    }
    FormField {
        id: bgField
        objectName: "bg"
        onSubmitted: journey.next()
        label: qsTr("BG number (optional)")
        hint: qsTr("You find it on letters from the job centre, for example 12345BG1234567.")
        value: journey.bgNumber
        error: journey.bgError
        maximumLength: 30
        inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
        onEdited: text => journey.setBgNumber(text)
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.contentWidth * 0.7
    }
}
