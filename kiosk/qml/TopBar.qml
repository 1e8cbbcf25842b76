import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Who runs this terminal, and the language switch: on every screen.
Rectangle {
    id: bar
    color: Theme.header
    implicitHeight: Math.round(112 * Theme.scale)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gapLarge

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
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                text: shell.location
                font.pixelSize: Theme.small
                font.family: Theme.fontFamily
                color: Theme.headerMuted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        Text {
            text: qsTr("Language")
            font.pixelSize: Theme.small
            font.family: Theme.fontFamily
            color: Theme.headerMuted
            visible: languages.languages.length > 1
        }
        Repeater {
            model: languages.languages
            delegate: Button {
                id: langButton
                required property var modelData
                objectName: "lang_" + modelData.code
                visible: languages.languages.length > 1
                text: modelData.name
                implicitHeight: Math.round(Theme.touch * 0.85)
                implicitWidth: Math.max(Math.round(150 * Theme.scale), contentItem.implicitWidth + 2 * Theme.gap)
                font.pixelSize: Theme.body
                font.family: Theme.fontFamily
                font.weight: modelData.current ? Font.Bold : Font.Normal
                onClicked: languages.select(modelData.code)
                Accessible.name: modelData.name
                contentItem: Text {
                    text: langButton.text
                    font: langButton.font
                    color: langButton.modelData.current ? Theme.header : Theme.headerText
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: height / 2
                    color: langButton.modelData.current ? Theme.headerText : "transparent"
                    border.width: 2
                    border.color: Theme.headerText
                }
            }
        }
    }
}
