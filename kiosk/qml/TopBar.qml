import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// On every screen: who runs this terminal, and what makes it usable for everyone: read-aloud,
// large text, high contrast and the language. Always one row: when the labels leave no room
// beside the office's name (large text, an upright screen), the buttons show their symbols
// only (their names stay for read-aloud and screen readers), and the office's name shrinks a
// little before it would ever wrap. Right to left, the whole bar is mirrored: the office's
// name stands at the right edge.
Rectangle {
    id: bar
    signal languageChooserRequested()
    color: Theme.header
    implicitHeight: Math.max(Math.round(104 * Theme.scale), row.implicitHeight + 2 * Theme.gap)

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.highContrast ? Theme.borderWidth : 0
        color: Theme.border
    }

    RowLayout {
        id: row
        // Room for the office's name at the size it has with normal text.
        readonly property int officeMinimum: Math.round(360 * Theme.scale)
        readonly property bool compact: labelled.implicitWidth + officeMinimum + spacing > width
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gapLarge

        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            Text {
                objectName: "officeName"
                text: shell.officeName
                // Who runs the terminal, not content to read: it grows less with large text.
                font.pixelSize: Math.round(30 * Theme.scale * Math.min(Theme.textScale, 1.25))
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.headerText
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Math.round(14 * Theme.scale)
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            Text {
                objectName: "locationName"
                text: shell.location
                visible: text !== ""
                font.pixelSize: Math.round(20 * Theme.scale * Math.min(Theme.textScale, 1.25))
                font.family: Theme.fontFamily
                color: Theme.headerMuted
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Math.round(12 * Theme.scale)
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
        }

        // The same four buttons twice would be two of each for tests and screen readers:
        // one row, whose labels hide when the room is short. `labelled` measures the room the
        // labelled row would need.
        RowLayout {
            id: buttons
            spacing: row.compact ? Math.round(Theme.gap / 2) : Theme.gap
            Layout.alignment: Qt.AlignVCenter

            BarButton {
                objectName: "readAloudButton"
                compact: row.compact
                iconName: accessibility.speaking ? "stop" : "speaker"
                text: accessibility.speaking ? qsTr("Stop") : qsTr("Read aloud")
                Accessible.description: qsTr("Reads this screen aloud. Touch the screen to stop.")
                onClicked: accessibility.toggleReading()
            }
            BarButton {
                objectName: "largeTextButton"
                compact: row.compact
                iconName: "textSize"
                text: qsTr("Large text")
                checked: accessibility.largeText
                Accessible.checkable: true
                Accessible.checked: checked
                onClicked: accessibility.toggleLargeText()
            }
            BarButton {
                objectName: "contrastButton"
                compact: row.compact
                iconName: "contrast"
                text: qsTr("Contrast")
                checked: accessibility.highContrast
                Accessible.name: qsTr("High contrast")
                Accessible.checkable: true
                Accessible.checked: checked
                onClicked: accessibility.toggleHighContrast()
            }
            BarButton {
                objectName: "languageButton"
                compact: row.compact
                visible: languages.languages.length > 1
                iconName: "globe"
                // The language's own name stays even when compact: it is what a citizen
                // looks for who cannot read the current one.
                keepLabel: true
                text: languages.name
                Accessible.name: qsTr("Language: %1").arg(languages.name)
                Accessible.description: qsTr("Opens the list of languages.")
                onClicked: bar.languageChooserRequested()
            }
        }
    }

    // How wide the row of buttons would be with every label shown (measured, not drawn).
    QtObject {
        id: labelled
        readonly property font font: Qt.font({family: Theme.fontFamily, pixelSize: Theme.body, weight: Font.Bold})
        readonly property real perButton: Math.round(Theme.body * 1.3) + Math.round(Theme.gap / 2) + 2 * Theme.gap
        readonly property real implicitWidth: speak.advanceWidth + large.advanceWidth + contrast.advanceWidth
                                               + language.advanceWidth + 4 * perButton + 3 * Theme.gap
        readonly property TextMetrics speak: TextMetrics { font: labelled.font; text: accessibility.speaking ? qsTr("Stop") : qsTr("Read aloud") }
        readonly property TextMetrics large: TextMetrics { font: labelled.font; text: qsTr("Large text") }
        readonly property TextMetrics contrast: TextMetrics { font: labelled.font; text: qsTr("Contrast") }
        readonly property TextMetrics language: TextMetrics { font: labelled.font; text: languages.name }
    }
}
