import QtQuick
import QtQuick.Layouts

// One part of a summary (the callback's, the documents' review), with a way back to change it.
// Label and value side by side on a wide screen, one above the other on a narrow one;
// thumbnails where there are pages.
Rectangle {
    id: row
    property string label
    property string value
    property var previews: []
    property string changeName
    property bool editable: true
    signal change()
    implicitHeight: content.implicitHeight + 2 * Theme.gap
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    GridLayout {
        id: content
        readonly property bool wide: width >= Math.round(900 * Theme.zoom)
        anchors.fill: parent
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.gapLarge
        columns: wide ? 4 : 2
        columnSpacing: Theme.gapLarge
        rowSpacing: Math.round(Theme.gap / 2)
        Text {
            text: row.label
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.textMuted
            Layout.preferredWidth: content.wide ? Math.round(260 * Theme.zoom) : -1
            Layout.fillWidth: !content.wide
            Layout.columnSpan: content.wide ? 1 : 2
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: row.objectName + "Value"
            text: row.value
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            font.weight: Font.DemiBold
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        Row {
            visible: row.previews.length > 0 && content.wide
            spacing: Math.round(Theme.gap / 2)
            Repeater {
                model: content.wide ? row.previews : []
                delegate: Rectangle {
                    required property string modelData
                    width: Math.round(60 * Theme.zoom)
                    height: Math.round(84 * Theme.zoom)
                    color: Theme.surface
                    border.color: Theme.border
                    Accessible.ignored: true
                    Image {
                        anchors.fill: parent
                        anchors.margins: 2
                        source: parent.modelData
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        cache: false
                        sourceSize.width: Math.round(120 * Theme.zoom)
                    }
                }
            }
        }
        SecondaryButton {
            objectName: row.changeName !== "" ? row.changeName : "docEdit_" + row.objectName
            text: qsTr("Change")
            enabled: row.editable
            opacity: enabled ? 1 : 0.5
            onClicked: row.change()
            Accessible.name: qsTr("Change: %1").arg(row.label)
        }
    }
}
