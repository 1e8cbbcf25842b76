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
    Binding {
        target: Theme
        property: "textScale"
        value: accessibility.textScale
    }
    Binding {
        target: Theme
        property: "highContrast"
        value: accessibility.highContrast
    }
    Connections {
        target: shell
        function onSessionEnded() { languageChooser.open = false }
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
                onLanguageChooserRequested: languageChooser.open = true
            }
            StackLayout {
                objectName: "screens"
                // Read-aloud reads the current screen (see kiosk/reading.py).
                readonly property bool readingScope: true
                currentIndex: ({"home": 0, "callback": 1, "documents": 2, "video": 3})[shell.screen] ?? 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                HomeScreen {}
                CallbackFlow {}
                DocumentsFlow {}
                VideoFlow {}
            }
            SiteBar {
                Layout.fillWidth: true
            }
            Loader {
                objectName: "keyboardLoader"
                active: accessibility.onScreenKeyboard
                source: "OnScreenKeyboard.qml"
                Layout.fillWidth: true
                Layout.preferredHeight: item ? item.implicitHeight : 0
            }
        }

        LanguageChooser {
            id: languageChooser
            anchors.fill: parent
        }

        TimeoutOverlay {
            anchors.fill: parent
        }
    }
}
