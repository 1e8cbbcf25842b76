import QtQuick
import QtQuick.Layouts

ScrollPage {
    BodyText {
        text: qsTr("Please check your details. Tap “Change” to correct something.")
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    ColumnLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        SummaryRow {
            objectName: "summaryConcern"
            label: qsTr("Concern")
            value: journey.concernLabel
            step: 1
            Layout.fillWidth: true
        }
        SummaryRow {
            objectName: "summaryContact"
            label: qsTr("Name and phone")
            value: journey.name + "\n" + journey.phoneDisplay
                   + (journey.bgDisplay !== "" ? "\n" + qsTr("BG number: %1").arg(journey.bgDisplay) : "")
            step: 2
            Layout.fillWidth: true
        }
        SummaryRow {
            objectName: "summaryTimes"
            label: qsTr("Times for the call")
            value: journey.chosenWindows.join("\n")
                   + (journey.note !== "" ? "\n" + qsTr("Your note: %1").arg(journey.note) : "")
            step: 3
            Layout.fillWidth: true
        }
    }
    ErrorText {
        objectName: "submitError"
        text: journey.submitError
        Layout.fillWidth: true
    }
}
