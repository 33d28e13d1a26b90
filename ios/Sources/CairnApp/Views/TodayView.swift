// Today, the screen a person sees first every day: clean time (with the pledge streak once
// today's pledge is made), the money and time not spent (when the person counts them), the
// one-tap daily pledge while today has none, stage, the next milestone, today's check-in, the one-tap call
// and the reasons the core gives to reach out. Glanceable in a few seconds, with the call
// always one tap away.

import CairnCore
import SwiftUI

/// Today: clean time, stage, the next milestone, today's check-in, the one-tap call and the
/// reasons the core gives to reach out.
struct TodayView: View {
    @Environment(CompanionStore.self) private var store

    var body: some View {
        List {
            if !store.newMilestones.isEmpty {
                newMilestonesSection
            }
            if let status = store.status {
                cleanTimeSection(status)
                if status.moneySavedText != nil || status.hoursSavedText != nil {
                    savingsSection(status)
                }
                stageSection(status.stage)
                nextMilestoneSection(status)
            }
            checkInSection
            reachOutSection
            // Under the call, never above it: the pledge is a daily habit, the call is for a hard moment.
            if let pledge = store.status?.pledge, !pledge.pledgedToday {
                pledgeSection(pledge)
            }
            if let insights = store.insights, !insights.signals.isEmpty {
                signalsSection(insights)
            }
            // Quiet, and last: counting money and time is the person's choice, never a nudge.
            if let journey = store.status?.journey, journey.costPerDay == nil, journey.hoursPerDay == nil {
                Section {
                    NavigationLink(L("today.countSavings")) {
                        SavingsView()
                    }
                }
            }
        }
        .navigationTitle(L("tab.today"))
        .refreshable {
            await store.reload()
        }
    }

    private var newMilestonesSection: some View {
        Section {
            ForEach(store.newMilestones, id: \.key) { milestone in
                Label(milestone.label, systemImage: "star")
            }
            Button(L("action.dismiss")) {
                store.newMilestones = []
            }
        } header: {
            Text(L("today.newMilestones"))
        }
    }

    private func cleanTimeSection(_ status: JourneyStatus) -> some View {
        Section {
            VStack(alignment: .leading, spacing: 6) {
                Text(Labels.days(status.streak.currentDays))
                    .font(.largeTitle)
                    .bold()
                if let elapsed = status.streak.elapsed {
                    Text(L("today.hours", Int(elapsed.hours), Int(elapsed.minutes)))
                        .font(.title3)
                }
                // Past the first month, as people say it, in the core's words.
                if status.cleanTime.years > 0 || status.cleanTime.months > 0 {
                    Text(status.cleanTimeText)
                        .font(.title3)
                }
                Text(L("today.since", LocalDate.display(status.streak.currentStart, zone: status.timeZone)))
                    .foregroundStyle(.secondary)
            }
            .accessibilityElement(children: .combine)
            if status.pledge.pledgedToday {
                // The pledge streak beside clean time, calmly: a line, not a badge.
                Label(L("pledge.madeLine", Int(status.pledge.currentDays)), systemImage: "sunrise")
            }
            LabeledContent(L("today.longest"), value: Labels.days(status.streak.longestDays))
            LabeledContent(L("today.total"), value: Labels.days(status.streak.totalCleanDays))
            LabeledContent(L("today.share30"), value: Labels.percent(status.streak.share30))
        } header: {
            Text(L("today.cleanTime"))
        }
    }

    /// Money and time not spent over every clean day, as the core writes them.
    private func savingsSection(_ status: JourneyStatus) -> some View {
        Section {
            if let money = status.moneySavedText {
                Text(L("today.moneySaved", money))
            }
            if let hours = status.hoursSavedText {
                Text(L("today.hoursSaved", hours))
            }
            NavigationLink(L("today.changeSavings")) {
                SavingsView()
            }
        } header: {
            Text(L("today.savings"))
        }
    }

    private func stageSection(_ stage: StageProgress) -> some View {
        Section {
            Text(Labels.stage(stage.stage))
                .font(.headline)
            ProgressView(value: min(max(stage.progress, 0), 1))
                .accessibilityLabel(Text(L("a11y.stageProgress")))
                .accessibilityValue(Text(L("a11y.percent", Int(stage.progress * 100))))
            if let next = stage.nextStage, let left = stage.daysLeft {
                Text(L("today.nextStage", Labels.stage(next), Labels.days(left)))
                    .foregroundStyle(.secondary)
            }
        } header: {
            Text(L("today.stage"))
        }
    }

    private func nextMilestoneSection(_ status: JourneyStatus) -> some View {
        Section {
            if let next = status.nextMilestone {
                VStack(alignment: .leading, spacing: 4) {
                    Text(next.label)
                        .font(.headline)
                    Text(L("today.milestoneIn", Labels.days(next.daysLeft), LocalDate.display(next.date, zone: status.timeZone)))
                        .foregroundStyle(.secondary)
                }
                .accessibilityElement(children: .combine)
            }
            NavigationLink(L("today.allMilestones")) {
                MilestonesView()
            }
        } header: {
            Text(L("today.nextMilestone"))
        }
    }

    private var checkInSection: some View {
        Section {
            if store.insights?.checkinStreak.checkedInToday == true {
                Label(L("today.checkedIn"), systemImage: "checkmark.circle")
            } else {
                NavigationLink(L("today.checkInNow")) {
                    CheckInView()
                }
            }
            if let streak = store.insights?.checkinStreak.currentDays, streak > 0 {
                Text(L("today.checkinStreak", Labels.days(streak)))
                    .foregroundStyle(.secondary)
            }
        } header: {
            Text(L("today.checkIn"))
        }
    }

    private var reachOutSection: some View {
        Section {
            if let action = store.reachOut {
                Button {
                    store.reachOut(index: 0, channel: .call, uri: action.telUri)
                } label: {
                    Label(action.label, systemImage: "phone.fill")
                        .font(.headline)
                }
                .buttonStyle(.borderedProminent)
                .accessibilityLabel(Text(L("a11y.call", action.label)))
                .accessibilityIdentifier("today.call")
            }
            NavigationLink(L("today.contacts")) {
                ContactsView()
            }
        } header: {
            Text(L("today.reachOut"))
        }
    }

    /// "Just for today": the one tap, while today has no pledge.
    private func pledgeSection(_ pledge: PledgeStreak) -> some View {
        Section {
            Text(L("pledge.body"))
            if pledge.currentDays > 0 {
                Text(L("pledge.untilYesterday", Int(pledge.currentDays)))
                    .foregroundStyle(.secondary)
            }
            Button {
                Task {
                    await store.pledgeToday()
                }
            } label: {
                Label(L("pledge.button"), systemImage: "sunrise")
                    .font(.headline)
            }
            .buttonStyle(.borderedProminent)
            .accessibilityIdentifier("today.pledge")
        } header: {
            Text(L("pledge.title"))
        }
    }

    private func signalsSection(_ insights: Insights) -> some View {
        Section {
            ForEach(insights.signals, id: \.kind) { signal in
                Label(signal.reason, systemImage: "exclamationmark.bubble")
            }
            ReasonRows(reasons: insights.reasons)
            if let action = insights.reachOut {
                Button {
                    store.reachOut(index: 0, channel: .call, uri: action.telUri)
                } label: {
                    Label(action.label, systemImage: "phone")
                }
                .accessibilityLabel(Text(L("a11y.call", action.label)))
            }
        } header: {
            Text(L("today.signals"))
        } footer: {
            Text(L("today.signalsFooter"))
        }
    }
}
