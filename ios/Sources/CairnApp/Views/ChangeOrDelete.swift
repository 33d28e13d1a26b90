// Changing or deleting a row of a list (a use in History, a journal entry), offered the three
// ways iOS offers it: a swipe, a long press and VoiceOver's actions, so whoever holds the phone
// finds it, with the destructive one marked in the two places that can show it.

import SwiftUI

/// The change and delete actions on a row, with the words each screen uses for them.
struct ChangeOrDelete: ViewModifier {
    let change: String
    let delete: String
    let onChange: () -> Void
    let onDelete: () -> Void

    func body(content: Content) -> some View {
        content
            .swipeActions {
                Button(delete, role: .destructive, action: onDelete)
                Button(change, action: onChange)
            }
            .contextMenu {
                Button(change, action: onChange)
                Button(delete, role: .destructive, action: onDelete)
            }
            .accessibilityActions {
                Button(change, action: onChange)
                Button(delete, action: onDelete)
            }
    }
}

extension View {
    /// Offers changing and deleting this row (see ``ChangeOrDelete``).
    func changeOrDelete(
        change: String,
        delete: String,
        onChange: @escaping () -> Void,
        onDelete: @escaping () -> Void
    ) -> some View {
        modifier(ChangeOrDelete(change: change, delete: delete, onChange: onChange, onDelete: onDelete))
    }
}
