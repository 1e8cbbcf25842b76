import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Start: one large tile per service that works today, and always the way to a person.
// Centred when it fits; scrolls instead of clipping when large text makes it taller.
Flickable {
    id: home
    contentWidth: width
    contentHeight: Math.max(height, homeColumn.implicitHeight + 2 * Theme.gapLarge)
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}

    ColumnLayout {
        id: homeColumn
        x: (home.width - width) / 2
        y: Math.max(Theme.gapLarge, (home.height - implicitHeight) / 2)
        width: Math.min(home.width - 2 * Theme.margin, Theme.contentWidth)
        spacing: Theme.gapLarge

        Text {
            text: qsTr("Welcome")
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
            text: qsTr("What would you like to do? Tap a tile.")
            font.pixelSize: Theme.large
            color: Theme.textMuted
            Layout.fillWidth: true
        }

        Button {
            id: tile
            objectName: "startCallback"
            Layout.fillWidth: true
            implicitHeight: Math.max(Math.round(220 * Theme.scale), contentItem.implicitHeight + 2 * Theme.gap)
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
                    color: Theme.primaryAccent
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
                        font.pixelSize: Math.round(48 * Theme.zoom)
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
                        color: Theme.primaryTextMuted
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

        Button {
            id: documentsTile
            objectName: "startDocuments"
            Layout.fillWidth: true
            implicitHeight: Math.max(Math.round(220 * Theme.scale), contentItem.implicitHeight + 2 * Theme.gap)
            onClicked: shell.startDocuments()
            Accessible.name: qsTr("Hand in documents")
            Accessible.description: qsTr("Scan your papers here. They go straight to your file.")
            background: Rectangle {
                radius: Theme.radius * 1.5
                color: documentsTile.down ? Theme.selected : Theme.surface
                border.width: 3
                border.color: Theme.primary
            }
            contentItem: RowLayout {
                spacing: Theme.gapLarge
                Rectangle {
                    Layout.leftMargin: Theme.gapLarge
                    implicitWidth: Math.round(120 * Theme.scale)
                    implicitHeight: implicitWidth
                    radius: width / 2
                    color: Theme.selected
                    // A sheet of paper with lines of text.
                    Rectangle {
                        anchors.centerIn: parent
                        width: parent.width * 0.42
                        height: parent.height * 0.56
                        color: Theme.surface
                        border.color: Theme.primary
                        border.width: 3
                        Column {
                            anchors.fill: parent
                            anchors.margins: parent.width * 0.18
                            spacing: parent.height * 0.1
                            Repeater {
                                model: 4
                                delegate: Rectangle {
                                    width: parent.width
                                    height: Math.max(2, Math.round(4 * Theme.scale))
                                    color: Theme.primary
                                }
                            }
                        }
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Text {
                        text: qsTr("Hand in documents")
                        font.pixelSize: Math.round(48 * Theme.zoom)
                        font.family: Theme.fontFamily
                        font.weight: Font.Bold
                        color: Theme.primary
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        text: qsTr("Scan your papers here. They go straight to your file, and you get a receipt.")
                        font.pixelSize: Theme.large
                        font.family: Theme.fontFamily
                        color: Theme.text
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                }
                Text {
                    Layout.rightMargin: Theme.gapLarge
                    text: home.LayoutMirroring.enabled ? "‹" : "›"
                    font.pixelSize: Math.round(96 * Theme.scale)
                    color: Theme.primary
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
