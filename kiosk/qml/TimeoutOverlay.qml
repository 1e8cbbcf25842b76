import QtQuick
import QtQuick.Layouts

// "Are you still there?": visible countdown and one large button (WCAG 2.2.1). Touches beside
// the box do nothing: only the button extends the session.
DialogLayer {
    objectName: "timeoutWarning"
    visible: session.warningVisible
    title: qsTr("Are you still there?")

    BodyText {
        objectName: "timeoutCountdown"
        text: qsTr("To protect your data, the terminal starts again in %1. Everything you entered will then be deleted.").arg(session.timeLeft)
        font.pixelSize: Theme.large
        Layout.fillWidth: true
    }
    PrimaryButton {
        objectName: "moreTimeButton"
        text: qsTr("I need more time")
        Layout.fillWidth: true
        implicitHeight: Math.max(Math.round(Theme.touch * 1.25), contentItem.implicitHeight + Theme.gap)
        onClicked: session.moreTime()
    }
}
