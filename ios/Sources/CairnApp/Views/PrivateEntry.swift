// One modifier for every field where the person writes about their recovery (notes, tags,
// plan items): the keyboard must not learn those words and offer them later, on a phone
// someone else may use.

import SwiftUI

extension View {
    /// No autocorrection, no predictive suggestions, no autofill, no capitalised tags.
    func privateEntry(capitalize: Bool = true) -> some View {
        autocorrectionDisabled(true)
            .textContentType(nil)
            .textInputAutocapitalization(capitalize ? .sentences : .never)
    }
}
