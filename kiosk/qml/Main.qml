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
        // From the window, whatever the terminal's screen is: the short side decides, so an
        // upright stele (1080x1920) keeps full-size targets and a 1280x1024 screen shrinks a
        // little; layouts reflow by the width they are given.
        value: Math.max(0.7, Math.min(1.0, Math.min(window.width, window.height) / 1080))
    }
    Binding {
        target: Theme
        property: "keyboardOpen"
        value: keyboardLoader.open
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
                id: topBar
                Layout.fillWidth: true
                onLanguageChooserRequested: languageChooser.open = true
            }
            StackLayout {
                id: screens
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
            // While the on-screen keyboard is open the field and the step's actions need the
            // room; the hotline comes back when it closes (and "Help from a person" stays).
            // In a video call a person is on screen already: the call takes the room.
            SiteBar {
                visible: !keyboardLoader.open && !(shell.screen === "video" && video.stage === "in_call")
                Layout.fillWidth: true
            }
            Loader {
                id: keyboardLoader
                objectName: "keyboardLoader"
                readonly property bool open: item !== null && item.active
                active: accessibility.onScreenKeyboard
                source: "OnScreenKeyboard.qml"
                Layout.fillWidth: true
                Layout.preferredHeight: item ? item.implicitHeight : 0
            }
        }

        // Layers over the screen leave the top bar free: read-aloud, large text, contrast and
        // the language stay at hand while a question or a list is open.
        HelpDialog {
            anchors.fill: parent
            anchors.topMargin: topBar.height
        }

        StartOverDialog {
            anchors.fill: parent
            anchors.topMargin: topBar.height
        }

        LanguageChooser {
            id: languageChooser
            anchors.fill: parent
            anchors.topMargin: topBar.height
        }

        TimeoutOverlay {
            anchors.fill: parent
            anchors.topMargin: topBar.height
        }
    }
}
