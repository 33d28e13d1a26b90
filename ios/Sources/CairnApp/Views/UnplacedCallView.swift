// What the person sees when the phone cannot place a call or send a text (an iPad, the
// simulator, no SIM): the number, large, with a copy button, so they can still reach the
// person some other way. Failing silently in a bad moment is the one thing this must not do.

import SwiftUI
import UIKit

struct UnplacedCallView: View {
    @Environment(\.dismiss) private var dismiss
    let call: UnplacedCall
    @State private var copied = false

    var body: some View {
        NavigationStack {
            VStack(spacing: 20) {
                Text(call.isText ? L("unplaced.textMessage") : L("unplaced.callMessage"))
                    .multilineTextAlignment(.center)
                Text(call.number)
                    .font(.largeTitle.monospacedDigit())
                    .bold()
                    .accessibilityIdentifier("unplaced.number")
                Button {
                    // Local only: a number copied in a bad moment should not sync to other devices.
                    UIPasteboard.general.setItems([["public.utf8-plain-text": call.number]],
                                                  options: [.localOnly: true])
                    copied = true
                } label: {
                    Label(copied ? L("unplaced.copied") : L("unplaced.copy"), systemImage: "doc.on.doc")
                }
                .buttonStyle(.borderedProminent)
                .accessibilityLabel(Text(L("a11y.copyNumber", call.number)))
            }
            .padding()
            .navigationTitle(L("unplaced.title"))
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                ToolbarItem(placement: .confirmationAction) {
                    Button(L("action.done")) {
                        dismiss()
                    }
                }
            }
        }
        .presentationDetents([.medium])
    }
}
