import QtQuick

// A line icon drawn from SVG path data in any colour: the same shape in both colour sets.
Item {
    id: icon
    property string name
    property color color: Theme.headerText
    readonly property var shapes: ({
        "speaker": '<path d="M3 9v6h4l5 5V4L7 9H3z" fill="C"/><path d="M16.5 12A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" fill="C"/>',
        "stop": '<rect x="5" y="5" width="14" height="14" rx="2" fill="C"/>',
        "textSize": '<path d="M8.6 4h2.3l6 16h-2.4l-1.5-4.2H6.4L4.9 20H2.6zM7.1 13.8h5.2L9.7 6.7z" fill="C"/><path d="M18 3h2v3h3v2h-3v3h-2V8h-3V6h3z" fill="C"/>',
        "contrast": '<circle cx="12" cy="12" r="9" fill="none" stroke="C" stroke-width="2"/><path d="M12 3a9 9 0 0 1 0 18z" fill="C"/>',
        "globe": '<g fill="none" stroke="C" stroke-width="1.8"><circle cx="12" cy="12" r="9"/><ellipse cx="12" cy="12" rx="4" ry="9"/><path d="M3 12h18M4.6 7.5h14.8M4.6 16.5h14.8"/></g>',
        "check": '<path d="M4 12.5l5 5L20 6.5" fill="none" stroke="C" stroke-width="3"/>',
        "close": '<path d="M5 5l14 14M19 5L5 19" fill="none" stroke="C" stroke-width="3"/>'
    })
    readonly property int size: Math.round(Theme.body * 1.3)
    implicitWidth: size
    implicitHeight: size
    // A symbol, not content: screen readers and read-aloud take the button's name instead.
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
