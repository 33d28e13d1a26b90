import CairnApp

/// The app target's only source file: everything else is in the CairnApp package library.
@main
struct CairnMain {
    @MainActor
    static func main() {
        CairnApplication.main()
    }
}
