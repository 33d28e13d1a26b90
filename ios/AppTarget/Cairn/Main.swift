// The app target's only file: it starts the app, which lives in the package's CairnApp library,
// so the package holds every line of the shell and project.yml stays small.

import CairnApp

@main
struct CairnMain {
    @MainActor
    static func main() {
        CairnApplication.main()
    }
}
