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

/// Clean days and a reach-out button. The widget reads the encrypted store itself (shared
/// App Group container, shared Keychain key) and only while the phone is unlocked; when it
/// cannot, it shows a neutral "Open Cairn". The button opens the app, which places the call
/// the core chooses (a widget cannot dial by itself).
struct CleanDaysWidget: Widget {
    let kind = "CairnCleanDays"

    var body: some WidgetConfiguration {
        StaticConfiguration(kind: kind, provider: CleanDaysProvider()) { entry in
            CleanDaysWidgetView(entry: entry)
        }
        .configurationDisplayName(WL("widget.name"))
        .description(WL("widget.description"))
        .supportedFamilies([.systemSmall, .systemMedium])
    }
}

struct CleanDaysEntry: TimelineEntry {
    let date: Date
    /// nil when the store could not be read (locked, not set up yet, busy).
    let days: UInt32?
}

struct CleanDaysProvider: TimelineProvider {
    func placeholder(in context: Context) -> CleanDaysEntry {
        CleanDaysEntry(date: Date(), days: nil)
    }

    func getSnapshot(in context: Context, completion: @escaping (CleanDaysEntry) -> Void) {
        if context.isPreview {
            completion(CleanDaysEntry(date: Date(), days: 30))
            return
        }
        Task {
            let entry = await CleanDaysProvider.load()
            completion(entry)
        }
    }

    func getTimeline(in context: Context, completion: @escaping (Timeline<CleanDaysEntry>) -> Void) {
        Task {
            let entry = await CleanDaysProvider.load()
            let timeline = Timeline(entries: [entry], policy: .after(CleanDaysProvider.nextRefresh()))
            completion(timeline)
        }
    }

    /// Reads today's clean days from the core and closes the store again.
    static func load() async -> CleanDaysEntry {
        let now = Date()
        guard let location = try? StoreLocation.standard() else {
            return CleanDaysEntry(date: now, days: nil)
        }
        let worker = CoreWorker(location: location, keyStore: KeychainKeyStore(createIfMissing: false))
        guard await worker.storeExists() else {
            return CleanDaysEntry(date: now, days: nil)
        }
        var days: UInt32?
        do {
            let status = try await worker.run { core in
                try core.status(journeyId: nil, now: now)
            }
            days = status.streak.currentDays
        } catch {
            days = nil
        }
        await worker.close()
        return CleanDaysEntry(date: now, days: days)
    }

    /// Just after the next local midnight, when the count changes.
    static func nextRefresh() -> Date {
        let calendar = Calendar.current
        let tomorrow = calendar.date(byAdding: .day, value: 1, to: Date()) ?? Date()
        let midnight = calendar.startOfDay(for: tomorrow)
        return midnight.addingTimeInterval(60)
    }
}

struct CleanDaysWidgetView: View {
    @Environment(\.widgetFamily) private var family
    let entry: CleanDaysEntry

    var body: some View {
        content
            .widgetBackground()
    }

    @ViewBuilder
    private var content: some View {
        if family == .systemMedium {
            HStack {
                count
                Spacer()
                Link(destination: SharedConfig.reachOutURL) {
                    Label(WL("widget.reachOut"), systemImage: "phone.fill")
                        .font(.headline)
                }
                .accessibilityLabel(Text(WL("widget.reachOut")))
                .accessibilityHint(Text(WL("widget.a11y.reachOut")))
            }
        } else {
            count
        }
    }

    private var count: some View {
        VStack(alignment: .leading, spacing: 4) {
            Image(systemName: "circle.grid.cross")
                .accessibilityHidden(true)
            if let days = entry.days {
                Text(WL("days.count", Int(days)))
                    .font(.title)
                    .bold()
                    .minimumScaleFactor(0.6)
            } else {
                Text(WL("widget.locked"))
                    .font(.headline)
            }
        }
        .accessibilityElement(children: .combine)
    }
}

extension View {
    /// The widget background: containerBackground on iOS 17 and later, padding before.
    @ViewBuilder
    func widgetBackground() -> some View {
        if #available(iOS 17.0, *) {
            containerBackground(.fill.tertiary, for: .widget)
        } else {
            padding()
        }
    }
}

/// Looks up a widget string in this target's Localizable.strings (and .stringsdict).
func WL(_ key: String) -> String {
    NSLocalizedString(key, bundle: .module, comment: "")
}

func WL(_ key: String, _ arguments: CVarArg...) -> String {
    String(format: WL(key), locale: Locale.current, arguments: arguments)
}
