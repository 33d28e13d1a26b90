import CairnWidget

/// The widget extension's only source file: the widget itself is in the CairnWidget library.
@main
struct CairnWidgetMain {
    @MainActor
    static func main() {
        CairnWidgetBundle.main()
    }
}
