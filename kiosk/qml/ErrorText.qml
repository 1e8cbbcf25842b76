import QtQuick

// A message for the citizen under the field it belongs to: words, not only a red border.
Rectangle {
    id: box
    property alias text: label.text
    visible: label.text !== ""
    implicitHeight: visible ? label.implicitHeight + Theme.gap : 0
    implicitWidth: label.implicitWidth + 2 * Theme.gap
    radius: Theme.radius / 2
    color: Theme.errorBackground
    border.color: Theme.error
    border.width: 1
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text
    Text {
        id: label
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: Theme.body
        font.family: Theme.fontFamily
        color: Theme.error
        wrapMode: Text.WordWrap
    }
}
