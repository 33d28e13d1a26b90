// The system document picker, wrapped for SwiftUI: the only way a backup leaves or enters the
// app, chosen by the person each time.

import SwiftUI
import UIKit
import UniformTypeIdentifiers

/// The system document picker, for saving an export and for choosing a backup to import.
/// Both work on copies: the export is copied out of the sandbox, the picked backup is copied
/// in, so no security-scoped access is held.
struct DocumentPicker: UIViewControllerRepresentable {
    enum Mode {
        case export(URL)
        case open
    }

    let mode: Mode
    let onFinish: (URL?) -> Void

    func makeUIViewController(context: Context) -> UIDocumentPickerViewController {
        let picker: UIDocumentPickerViewController
        switch mode {
        case .export(let file):
            picker = UIDocumentPickerViewController(forExporting: [file], asCopy: true)
        case .open:
            picker = UIDocumentPickerViewController(forOpeningContentTypes: [UTType.data], asCopy: true)
        }
        picker.allowsMultipleSelection = false
        picker.delegate = context.coordinator
        return picker
    }

    func updateUIViewController(_ controller: UIDocumentPickerViewController, context: Context) {}

    func makeCoordinator() -> Coordinator {
        Coordinator(onFinish: onFinish)
    }

    @MainActor
    final class Coordinator: NSObject, UIDocumentPickerDelegate {
        let onFinish: (URL?) -> Void

        init(onFinish: @escaping (URL?) -> Void) {
            self.onFinish = onFinish
        }

        func documentPicker(_ controller: UIDocumentPickerViewController, didPickDocumentsAt urls: [URL]) {
            onFinish(urls.first)
        }

        func documentPickerWasCancelled(_ controller: UIDocumentPickerViewController) {
            onFinish(nil)
        }
    }
}
