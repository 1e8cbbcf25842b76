import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// On every screen: who runs this terminal, and what makes it usable for everyone: read-aloud,
// large text, high contrast and the language. When large text leaves no room beside the
// office's name, the buttons move to a row of their own instead of squeezing their labels.
Rectangle {
    id: bar
    signal languageChooserRequested()
    color: Theme.header
    implicitHeight: Math.max(Math.round(112 * Theme.scale), grid.implicitHeight + 2 * Theme.gap)

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.highContrast ? Theme.borderWidth : 0
        color: Theme.border
    }

    GridLayout {
        id: grid
        readonly property int officeMinimum: Math.round(420 * Theme.zoom)
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap
        anchors.bottomMargin: Theme.gap
        columns: buttons.implicitWidth + officeMinimum + columnSpacing <= width ? 2 : 1
        columnSpacing: Theme.gapLarge
        rowSpacing: Theme.gap

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Text {
                objectName: "officeName"
                text: shell.officeName
                font.pixelSize: Theme.large
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.headerText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                text: shell.location
                font.pixelSize: Theme.small
                font.family: Theme.fontFamily
                color: Theme.headerMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        RowLayout {
            id: buttons
            spacing: Theme.gap
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter

            BarButton {
                objectName: "readAloudButton"
                iconName: accessibility.speaking ? "stop" : "speaker"
                text: accessibility.speaking ? qsTr("Stop") : qsTr("Read aloud")
                Accessible.description: qsTr("Reads this screen aloud. Touch the screen to stop.")
                onClicked: accessibility.toggleReading()
            }
            BarButton {
                objectName: "largeTextButton"
                iconName: "textSize"
                text: qsTr("Large text")
                checked: accessibility.largeText
                Accessible.checkable: true
                Accessible.checked: checked
                onClicked: accessibility.toggleLargeText()
            }
            BarButton {
                objectName: "contrastButton"
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
                visible: languages.languages.length > 1
                iconName: "globe"
                text: languages.name
                Accessible.name: qsTr("Language: %1").arg(languages.name)
                Accessible.description: qsTr("Opens the list of languages.")
                onClicked: bar.languageChooserRequested()
            }
        }
    }
}
