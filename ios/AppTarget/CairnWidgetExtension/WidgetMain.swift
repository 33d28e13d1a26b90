// The widget extension target's only file: it starts the widget bundle, which lives in the
// package's CairnWidget library with everything else.

import CairnWidget

@main
struct CairnWidgetMain {
    @MainActor
    static func main() {
        CairnWidgetBundle.main()
    }
}
