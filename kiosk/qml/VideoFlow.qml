import QtQuick
import QtQuick.Layouts

// The video consultation: check, waiting, the call, a callback offer, the end, a lost line.
Item {
    StackLayout {
        objectName: "videoPages"
        anchors.fill: parent
        currentIndex: ({"check": 0, "waiting": 1, "connecting": 1, "in_call": 2,
                        "offer": 3, "ended": 4, "lost": 5})[video.stage] ?? 0
        VideoCheckPage {}
        VideoWaitingPage {}
        VideoCallPage {}
        VideoOfferPage {}
        VideoEndedPage {}
        VideoLostPage {}
    }
}
