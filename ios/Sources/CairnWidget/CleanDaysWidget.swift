// The home-screen widget: the day count (only when discreet mode is off) and a reach-out
// button that opens the app, which places the call the core chooses (a widget cannot dial).
// Neutral by default, because a home screen is seen by others.

import CairnCore
import CairnPlatform
import SwiftUI
import WidgetKit

/// The widget bundle. The widget extension target's only file starts it (see
/// AppTarget/CairnWidgetExtension/WidgetMain.swift).
public struct CairnWidgetBundle: WidgetBundle {
    public init() {}

    public var body: some Widget {
        CleanDaysWidget()
    }
}

struct CleanDaysWidget: Widget {
    var body: some WidgetConfiguration {
        StaticConfiguration(kind: SharedConfig.widgetKind, provider: CleanDaysProvider()) { entry in
            CleanDaysWidgetView(entry: entry)
        }
        .configurationDisplayName(WL("widget.name"))
        .description(WL("widget.description"))
        .supportedFamilies([.systemSmall, .systemMedium])
    }
}

struct CleanDaysWidgetView: View {
    @Environment(\.widgetFamily) private var family
    let entry: CleanDaysEntry

    var body: some View {
        content
            .containerBackground(.fill.tertiary, for: .widget)
    }

    @ViewBuilder
    private var content: some View {
        if family == .systemMedium {
            HStack {
                face
                Spacer()
                Link(destination: SharedConfig.reachOutURL) {
                    Label(WL("widget.reachOut"), systemImage: "phone.fill")
                        .font(.headline)
                }
                .accessibilityLabel(Text(WL("widget.reachOut")))
                .accessibilityHint(Text(WL("widget.a11y.reachOut")))
            }
        } else {
            face
        }
    }

    /// The count when discreet mode is off and the store was read; the neutral name otherwise.
    /// privacySensitive: on the lock screen and in StandBy, a locked phone redacts it.
    private var face: some View {
        VStack(alignment: .leading, spacing: 4) {
            Image(systemName: "circle.grid.cross")
                .accessibilityHidden(true)
            if let days = entry.days, !entry.discreet {
                Text(WL("widget.days", Int(days)))
                    .font(.title)
                    .bold()
                    .minimumScaleFactor(0.6)
                    .privacySensitive()
            } else if entry.days == nil {
                Text(WL("widget.open"))
                    .font(.headline)
            } else {
                Text(WL("widget.name"))
                    .font(.headline)
            }
        }
        .accessibilityElement(children: .combine)
    }
}

/// A widget string from this target's Localizable.xcstrings. Keys are always literals, so the
/// catalogue check can see them.
func WL(_ key: String) -> String {
    NSLocalizedString(key, bundle: WidgetText.bundle, comment: "")
}

/// The widget's resource bundle, named here so the tests can read its catalogue.
enum WidgetText {
    static var bundle: Bundle {
        .module
    }
}

func WL(_ key: String, _ arguments: any CVarArg...) -> String {
    String(format: WL(key), locale: Locale.current, arguments: arguments)
}
