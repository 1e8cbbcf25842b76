import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ScrollPage {
    Rectangle {
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.contentWidth
        implicitHeight: notice.implicitHeight + 2 * Theme.gapLarge
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        BodyText {
            id: notice
            objectName: "privacyNotice"
            anchors.fill: parent
            anchors.margins: Theme.gapLarge
            text: journey.privacyNotice
            font.pixelSize: Theme.large
        }
    }
    Button {
        id: consent
        objectName: "privacyToggle"
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.contentWidth
        implicitHeight: Math.round(104 * Theme.scale)
        onClicked: journey.setPrivacyAccepted(!journey.privacyAccepted)
        Accessible.role: Accessible.CheckBox
        Accessible.checkable: true
        Accessible.checked: journey.privacyAccepted
        Accessible.name: consentText.text
        background: Rectangle {
            radius: Theme.radius
            color: journey.privacyAccepted ? Theme.selected : Theme.surface
            border.width: journey.privacyAccepted ? 4 : 2
            border.color: journey.privacyAccepted ? Theme.primary : Theme.border
        }
        contentItem: RowLayout {
            spacing: Theme.gapLarge
            Rectangle {
                Layout.leftMargin: Theme.gap
                implicitWidth: Math.round(60 * Theme.scale)
                implicitHeight: implicitWidth
                radius: Theme.radius / 2
                color: journey.privacyAccepted ? Theme.primary : Theme.surface
                border.width: 3
                border.color: Theme.primary
                Text {
                    anchors.centerIn: parent
                    text: "✓"
                    visible: journey.privacyAccepted
                    font.pixelSize: Math.round(44 * Theme.scale)
                    font.weight: Font.Bold
                    color: Theme.primaryText
                }
            }
            Text {
                id: consentText
                text: qsTr("I agree that the job centre stores my details to call me back.")
                font.pixelSize: Theme.large
                font.family: Theme.fontFamily
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
    ErrorText {
        objectName: "privacyError"
        text: journey.stepError
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.contentWidth
    }
}
