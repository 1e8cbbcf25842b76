import QtQuick
import QtQuick.Layouts

// A question or message laid over the whole screen: the screen dims, touches beside the box
// do nothing, and read-aloud reads the box while it shows (see kiosk/reading.py). The box
// scrolls, with a visible cue, if large text makes it taller than the screen.
Rectangle {
    id: layer
    default property alias content: box.data
    property alias title: heading.text
    // Read-aloud reads this layer while it shows.
    readonly property bool readingScope: true
    color: Theme.overlay

    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
    }

    Rectangle {
        id: panel
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gapLarge, Math.round(1100 * Theme.zoom))
        height: Math.min(parent.height - 2 * Theme.gapLarge, scroll.contentHeight + 2 * Theme.gapLarge)
        radius: Theme.radius * 2
        color: Theme.surface
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.border

        ScrollArea {
            id: scroll
            anchors.fill: parent
            anchors.margins: Theme.gapLarge
            contentHeight: column.implicitHeight
            content: ColumnLayout {
                id: column
                width: scroll.width - scroll.barWidth
                spacing: Theme.gapLarge
                Text {
                    id: heading
                    objectName: layer.objectName + "Title"
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                    font.pixelSize: Theme.title
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.heading
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                ColumnLayout {
                    id: box
                    spacing: Theme.gapLarge
                    Layout.fillWidth: true
                }
            }
        }
    }
}
