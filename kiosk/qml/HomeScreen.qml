import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Start: one large tile per service that works today, and always the way to a person.
Item {
    id: home

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.contentWidth)
        spacing: Theme.gapLarge

        Text {
            text: qsTr("Welcome")
            font.pixelSize: Theme.title
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.header
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        BodyText {
            text: qsTr("What would you like to do? Tap a tile.")
            font.pixelSize: Theme.large
            color: Theme.textMuted
            Layout.fillWidth: true
        }

        Button {
            id: tile
            objectName: "startCallback"
            Layout.fillWidth: true
            implicitHeight: Math.round(220 * Theme.scale)
            onClicked: shell.startCallback()
            Accessible.name: qsTr("Request a callback")
            Accessible.description: qsTr("We call you back at a time that suits you.")
            background: Rectangle {
                radius: Theme.radius * 1.5
                color: tile.down ? Theme.primaryPressed : Theme.primary
            }
            contentItem: RowLayout {
                spacing: Theme.gapLarge
                Rectangle {
                    Layout.leftMargin: Theme.gapLarge
                    implicitWidth: Math.round(120 * Theme.scale)
                    implicitHeight: implicitWidth
                    radius: width / 2
                    color: "#2A8A88"
                    Text {
                        anchors.centerIn: parent
                        text: "☎"
                        font.pixelSize: Math.round(64 * Theme.scale)
                        color: Theme.primaryText
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Text {
                        text: qsTr("Request a callback")
                        font.pixelSize: Math.round(48 * Theme.scale)
                        font.family: Theme.fontFamily
                        font.weight: Font.Bold
                        color: Theme.primaryText
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        text: qsTr("We call you back at a time that suits you. It takes about 3 minutes.")
                        font.pixelSize: Theme.large
                        font.family: Theme.fontFamily
                        color: "#E3F2F1"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                }
                Text {
                    Layout.rightMargin: Theme.gapLarge
                    text: home.LayoutMirroring.enabled ? "‹" : "›"
                    font.pixelSize: Math.round(96 * Theme.scale)
                    color: Theme.primaryText
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: personColumn.implicitHeight + 2 * Theme.gapLarge
            radius: Theme.radius * 1.5
            color: Theme.surface
            border.color: Theme.border
            border.width: 1
            ColumnLayout {
                id: personColumn
                anchors.fill: parent
                anchors.margins: Theme.gapLarge
                spacing: Theme.gap
                Text {
                    text: qsTr("Would you rather talk to someone?")
                    font.pixelSize: Theme.large
                    font.family: Theme.fontFamily
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                BodyText {
                    objectName: "personHelp"
                    text: qsTr("Call our hotline on %1, or ask at the reception desk. We are happy to help.").arg(shell.hotline)
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
            }
        }
    }
}
