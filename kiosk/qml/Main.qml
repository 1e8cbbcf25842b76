import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ApplicationWindow {
    id: window
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    color: Theme.background
    title: shell.officeName
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body

    Binding {
        target: Theme
        property: "scale"
        value: Math.max(0.7, Math.min(1.0, window.width / 1920, window.height / 1080))
    }

    Item {
        id: root
        anchors.fill: parent
        LayoutMirroring.enabled: languages.rightToLeft
        LayoutMirroring.childrenInherit: true

        ColumnLayout {
            anchors.fill: parent
            spacing: 0
            TopBar {
                Layout.fillWidth: true
            }
            StackLayout {
                objectName: "screens"
                currentIndex: shell.screen === "home" ? 0 : 1
                Layout.fillWidth: true
                Layout.fillHeight: true
                HomeScreen {}
                CallbackFlow {}
            }
            SiteBar {
                Layout.fillWidth: true
            }
        }

        TimeoutOverlay {
            anchors.fill: parent
        }
    }
}
