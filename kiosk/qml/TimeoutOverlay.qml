import QtQuick
import QtQuick.Layouts

// "Are you still there?": visible countdown and one large button (WCAG 2.2.1).
Rectangle {
    id: overlay
    visible: session.warningVisible
    // Read-aloud reads this warning while it shows (see kiosk/reading.py).
    readonly property bool readingScope: true
    color: Theme.overlay

    // Swallows touches on the dimmed screen: only the button extends the session.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Math.round(1000 * Theme.scale))
        implicitHeight: box.implicitHeight + 2 * Theme.margin
        radius: Theme.radius * 2
        color: Theme.surface

        ColumnLayout {
            id: box
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gapLarge
            Text {
                text: qsTr("Are you still there?")
                Accessible.role: Accessible.Heading
                Accessible.name: text
                font.pixelSize: Theme.title
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.heading
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            BodyText {
                objectName: "timeoutCountdown"
                text: qsTr("To protect your data, the terminal starts again in %n seconds. Everything you entered will then be deleted.", "", session.secondsLeft)
                font.pixelSize: Theme.large
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "moreTimeButton"
                text: qsTr("I need more time")
                Layout.fillWidth: true
                implicitHeight: Math.round(Theme.touch * 1.25)
                onClicked: session.moreTime()
            }
        }
    }
}
