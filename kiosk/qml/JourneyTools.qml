import QtQuick
import QtQuick.Layouts

// On every step of a journey: help from a person, and starting over (after a short question).
RowLayout {
    spacing: Theme.gap
    SecondaryButton {
        objectName: "helpButton"
        text: qsTr("Help")
        Accessible.name: qsTr("Help from a person")
        onClicked: shell.showHelp()
    }
    SecondaryButton {
        objectName: "startOverButton"
        text: qsTr("Start over")
        Accessible.description: qsTr("Deletes what you entered and goes back to the start.")
        onClicked: shell.askStartOver()
    }
}
