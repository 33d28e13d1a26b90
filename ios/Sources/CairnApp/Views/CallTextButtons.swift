// The call and text buttons of anyone the person can reach (a contact, a chain entry, a crisis
// line), so every screen offers them the same way and names whom they reach for VoiceOver.

import SwiftUI

/// The call and text buttons of someone to reach (a contact, a reach-out chain entry, a crisis
/// line), each named for whom it reaches; the text button only where there is an sms: link.
/// What a tap does stays with the caller: open the link, or reach out through the chain.
struct CallTextButtons: View {
    /// Whom the buttons reach, for their accessibility labels.
    let name: String
    let smsUri: String?
    var callTitle = L("action.call")
    var callImage = "phone"
    /// Whether the call is the screen's main action (the reach-out chain).
    var prominent = false
    let call: () -> Void
    let text: (String) -> Void

    var body: some View {
        HStack {
            if prominent {
                callButton
                    .buttonStyle(.borderedProminent)
            } else {
                callButton
                    .buttonStyle(.bordered)
            }
            if let sms = smsUri {
                Button {
                    text(sms)
                } label: {
                    Label(L("action.text"), systemImage: "message")
                }
                .buttonStyle(.bordered)
                .accessibilityLabel(Text(L("a11y.text", name)))
            }
        }
    }

    private var callButton: some View {
        Button {
            call()
        } label: {
            Label(callTitle, systemImage: callImage)
        }
        .accessibilityLabel(Text(L("a11y.call", name)))
    }
}
