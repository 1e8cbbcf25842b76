import QtQuick

// Line icons for the video screens, drawn from SVG path data in any colour.
Item {
    id: icon
    property string name
    property color color: Theme.primary
    property int size: Math.round(Theme.body * 1.3)
    readonly property var shapes: ({
        "camera": '<rect x="2" y="6" width="13" height="12" rx="2" fill="C"/><path d="M16 10l6-3.5v11L16 14z" fill="C"/>',
        "mic": '<rect x="9" y="2" width="6" height="12" rx="3" fill="C"/><path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V22M8 22h8" fill="none" stroke="C" stroke-width="2"/>',
        "micOff": '<rect x="9" y="2" width="6" height="12" rx="3" fill="C"/><path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V22M8 22h8" fill="none" stroke="C" stroke-width="2"/><path d="M3 3l18 18" stroke="C" stroke-width="2.5"/>',
        "speaker": '<path d="M3 9v6h4l5 5V4L7 9H3z" fill="C"/><path d="M16.5 12A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" fill="C"/>',
        "hangUp": '<path d="M12 9c-3.2 0-6.2.9-8.8 2.5-.6.4-.8 1.1-.5 1.7l1.3 2.5c.3.6 1 .9 1.6.7l3-1c.5-.2.9-.7.9-1.3v-1.8a12 12 0 0 1 5 0v1.8c0 .6.4 1.1.9 1.3l3 1c.6.2 1.3-.1 1.6-.7l1.3-2.5c.3-.6.1-1.3-.5-1.7A16.5 16.5 0 0 0 12 9z" fill="C"/>',
        "document": '<path d="M6 2h8l5 5v15H6z" fill="none" stroke="C" stroke-width="2"/><path d="M9 11h7M9 14.5h7M9 18h5" stroke="C" stroke-width="1.8"/>',
        "check": '<path d="M4 12.5l5 5L20 6.5" fill="none" stroke="C" stroke-width="3"/>',
        "alert": '<path d="M12 5v9" stroke="C" stroke-width="3"/><circle cx="12" cy="19" r="1.8" fill="C"/>',
        "person": '<circle cx="12" cy="8" r="4.2" fill="C"/><path d="M3.5 21c0-4.7 3.8-7.5 8.5-7.5s8.5 2.8 8.5 7.5z" fill="C"/>'
    })
    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true
    Image {
        anchors.fill: parent
        sourceSize: Qt.size(icon.size, icon.size)
        fillMode: Image.PreserveAspectFit
        source: "data:image/svg+xml;utf8," + encodeURIComponent(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
            + (icon.shapes[icon.name] || "").replace(/"C"/g, '"' + icon.color + '"') + "</svg>")
    }
}
