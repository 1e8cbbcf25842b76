import QtQuick

// The way to a person by video, on the home screen: a colleague, here and now.
ServiceTile {
    objectName: "startVideo"
    symbol: "camera"
    title: qsTr("Talk to a person")
    explanation: qsTr("By video, here and now. A colleague from the service team answers.")
    onClicked: shell.startVideo()
}
