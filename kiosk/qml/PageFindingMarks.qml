import QtQuick

// Where a page's finding is, drawn on its thumbnail: a thick red band along every edge that
// seems cut off, or a red veil with an empty-page sign over a page that seems blank. Drawn on
// the picture itself (`pictureWidth` × `pictureHeight`, centred), never mirrored: a page's
// left edge is its left edge in every language.
Item {
    id: marks
    property var edges: []
    property bool blank: false
    property real pictureWidth: width
    property real pictureHeight: height
    readonly property int band: Math.max(6, Math.round(10 * Theme.zoom))
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    Accessible.ignored: true

    Item {
        id: picture
        anchors.centerIn: parent
        width: marks.pictureWidth
        height: marks.pictureHeight

        component Band: Rectangle {
            property string edge
            visible: marks.edges.indexOf(edge) >= 0
            color: Theme.error
            objectName: "cutEdge_" + edge
        }
        Band { edge: "top"; anchors { left: parent.left; right: parent.right; top: parent.top } height: marks.band }
        Band { edge: "bottom"; anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: marks.band }
        Band { edge: "left"; anchors { top: parent.top; bottom: parent.bottom; left: parent.left } width: marks.band }
        Band { edge: "right"; anchors { top: parent.top; bottom: parent.bottom; right: parent.right } width: marks.band }

        Rectangle {
            objectName: "blankVeil"
            visible: marks.blank
            anchors.fill: parent
            color: Qt.rgba(Theme.error.r, Theme.error.g, Theme.error.b, 0.18)
            border.width: marks.band / 2
            border.color: Theme.error
            Image {
                anchors.centerIn: parent
                readonly property int side: Math.round(Math.min(parent.width, parent.height) * 0.45)
                width: side
                height: side
                sourceSize: Qt.size(side, side)
                source: "data:image/svg+xml;utf8," + encodeURIComponent(
                    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g fill="none" stroke="'
                    + Theme.error + '" stroke-width="2.4"><circle cx="12" cy="12" r="9"/>'
                    + '<path d="M5.6 18.4L18.4 5.6"/></g></svg>')
            }
        }
    }
}
