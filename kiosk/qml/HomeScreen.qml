import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Start: the languages, each in its own name and script; the services as equal, large tiles,
// side by side when they fit (one below the other with large text or on an upright screen);
// below them, quieter, the ways to a person without the terminal. Centred when it fits;
// scrolls, with a visible cue, when it is taller than the screen.
ScrollArea {
    id: home
    contentHeight: Math.max(height, homeColumn.implicitHeight + 2 * Theme.gapLarge)

    content: ColumnLayout {
        id: homeColumn
        // Side by side needs room for a title of two short lines per tile. With large text on a
        // wide screen the three still stand side by side: one below the other, only the first
        // would fit on the screen, and the others would be out of sight.
        readonly property bool sideBySide: (width - 2 * Theme.gapLarge) / 3 >= 340 * Theme.zoom
        x: (home.width - home.barWidth - width) / 2
        y: Math.max(Theme.gapLarge, (home.height - implicitHeight) / 2)
        width: Math.min(home.width - home.barWidth - 2 * Theme.margin, Math.round(1600 * Theme.zoom))
        spacing: Theme.gap

        LanguageRow {
            visible: languages.languages.length > 1
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.gap
        }

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
            Layout.bottomMargin: Theme.gap
        }

        // Placed by bindings, not by a GridLayout: a layout that changes its columns settles
        // over several polish passes, and for a moment shows tiles at their old sizes.
        Item {
            id: services
            readonly property int spacing: Theme.gapLarge
            readonly property var tiles: [callbackTile, documentsTile, videoTile]
            readonly property real tileWidth: homeColumn.sideBySide ? (width - 2 * spacing) / 3 : width
            readonly property real rowHeight: Math.max(callbackTile.implicitHeight,
                                                       documentsTile.implicitHeight,
                                                       videoTile.implicitHeight)
            Layout.fillWidth: true
            implicitHeight: homeColumn.sideBySide
                ? rowHeight
                : callbackTile.implicitHeight + documentsTile.implicitHeight
                  + videoTile.implicitHeight + 2 * spacing

            // Where the tile at `index` starts: across (mirrored for right-to-left) or down.
            function across(index) {
                if (!homeColumn.sideBySide)
                    return 0
                const slot = services.LayoutMirroring.enabled ? 2 - index : index
                return slot * (tileWidth + spacing)
            }
            function down(index) {
                if (homeColumn.sideBySide)
                    return 0
                let y = 0
                for (let i = 0; i < index; ++i)
                    y += tiles[i].implicitHeight + spacing
                return y
            }

            ServiceTile {
                id: callbackTile
                objectName: "startCallback"
                symbol: "phone"
                stacked: homeColumn.sideBySide
                title: qsTr("Request a callback")
                explanation: qsTr("We call you back at a time that suits you.")
                onClicked: shell.startCallback()
                x: services.across(0)
                y: services.down(0)
                width: services.tileWidth
                height: homeColumn.sideBySide ? services.rowHeight : implicitHeight
            }
            ServiceTile {
                id: documentsTile
                objectName: "startDocuments"
                symbol: "document"
                stacked: homeColumn.sideBySide
                title: qsTr("Hand in documents")
                explanation: qsTr("Scan your papers here. They go straight to your file.")
                onClicked: shell.startDocuments()
                x: services.across(1)
                y: services.down(1)
                width: services.tileWidth
                height: homeColumn.sideBySide ? services.rowHeight : implicitHeight
            }
            VideoHomeTile {
                id: videoTile
                stacked: homeColumn.sideBySide
                x: services.across(2)
                y: services.down(2)
                width: services.tileWidth
                height: homeColumn.sideBySide ? services.rowHeight : implicitHeight
            }
        }

        // The ways to a person without the terminal: calm, no frame that competes with a tile.
        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            implicitHeight: personRow.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surfaceMuted
            RowLayout {
                id: personRow
                anchors.fill: parent
                anchors.leftMargin: Theme.gapLarge
                anchors.rightMargin: Theme.gapLarge
                anchors.topMargin: Theme.gap
                anchors.bottomMargin: Theme.gap
                spacing: Theme.gap
                Text {
                    text: "ⓘ"
                    Accessible.ignored: true
                    font.pixelSize: Theme.large
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    Layout.alignment: Qt.AlignVCenter
                }
                BodyText {
                    objectName: "personHelp"
                    text: shell.hasReception
                          ? qsTr("Call our hotline on %1, or ask at the reception desk. We are happy to help.").arg(shell.hotline)
                          : qsTr("Call our hotline on %1, or talk to a colleague by video. We are happy to help.").arg(shell.hotline)
                    color: Theme.text
                    Layout.fillWidth: true
                }
            }
        }
    }
}
