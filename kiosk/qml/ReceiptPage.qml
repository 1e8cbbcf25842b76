import QtQuick
import QtQuick.Layouts

// The callback request is saved: the reference number on its own line, and when we call.
ReceiptLayout {
    title: qsTr("Your request is saved.")
    titleName: "receiptTitle"
    countdownName: "receiptCountdown"
    doneName: "doneButton"

    ReferenceBox {
        name: "referenceCode"
        code: journey.referenceCode
        Layout.fillWidth: true
    }
    BodyText {
        text: qsTr("Please write it down or take a photo. You may need it if you call us.")
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    Repeater {
        model: journey.callbackSentences
        delegate: BodyText {
            required property string modelData
            required property int index
            objectName: "callbackSentence_" + index
            text: modelData
            font.pixelSize: index === 0 ? Theme.large : Theme.body
            font.weight: index === 0 ? Font.DemiBold : Font.Normal
            Layout.fillWidth: true
        }
    }
    BodyText {
        text: qsTr("If you cannot take the call, we will try again. You can always call us on %1.").arg(shell.hotline)
        color: Theme.textMuted
        Layout.fillWidth: true
    }
}
