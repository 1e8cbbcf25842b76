import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The way to a person by video, on the home screen: a colleague, here and now.
Button {
    id: tile
    objectName: "startVideo"
    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + Theme.gap)
    onClicked: shell.startVideo()
    Accessible.name: qsTr("Talk to a person")
    Accessible.description: qsTr("By video, here and now. A colleague from the service team answers.")
    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Theme.selected : Theme.background
        border.width: Theme.borderWidth
        border.color: Theme.primary
    }
    contentItem: RowLayout {
        spacing: Theme.gapLarge
        Rectangle {
            Layout.leftMargin: Theme.gap
            implicitWidth: Math.round(56 * Theme.zoom)
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.selected
            VideoIcon {
                anchors.centerIn: parent
                name: "camera"
                size: Math.round(32 * Theme.zoom)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                text: qsTr("Talk to a person")
                font.pixelSize: Theme.large
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.primary
            }
            Text {
                text: qsTr("By video, here and now. A colleague from the service team answers.")
                font.pixelSize: Theme.body
                font.family: Theme.fontFamily
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
        }
        Text {
            Layout.rightMargin: Theme.gap
            text: tile.LayoutMirroring.enabled ? "‹" : "›"
            font.pixelSize: Math.round(56 * Theme.scale)
            color: Theme.primary
        }
    }
}
