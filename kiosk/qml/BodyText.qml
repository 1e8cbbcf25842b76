import QtQuick

Text {
    font.pixelSize: Theme.body
    font.family: Theme.fontFamily
    color: Theme.text
    wrapMode: Text.WordWrap
    lineHeight: 1.15
}
