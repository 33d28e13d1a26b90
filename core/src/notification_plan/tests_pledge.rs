//! The morning pledge reminder in the plan: off until chosen, skipped on days already pledged,
//! at the same wall time across a daylight-saving change, and discreet like every other text.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::*;
use crate::test_support::{clock, day, english, instant};
use crate::text::{Language, messages};

const PUBLIC: &str = "Cairn: a moment for you";

fn pledge_plan(
    settings: &NotificationSettings,
    now: DateTime<Utc>,
    zone: Tz,
    pledged: &BTreeSet<NaiveDate>,
    text: &Catalogue,
) -> Vec<PlannedNotification> {
    plan(&PlanInputs {
        milestones: &[],
        checked_in: &BTreeSet::new(),
        pledged,
        settings,
        now,
        zone,
        text,
        id_key: &hmac::Key::new(hmac::HMAC_SHA256, &[7; 32]),
    })
}

fn morning(at: &str) -> NotificationSettings {
    NotificationSettings {
        pledge_reminder_time: Some(clock(at)),
        reminder_time: None,
        ..NotificationSettings::default()
    }
}

fn pledge_reminders(planned: &[PlannedNotification]) -> Vec<&PlannedNotification> {
    planned
        .iter()
        .filter(|e| e.kind == NotificationKind::PledgeReminder)
        .collect()
}

#[test]
fn the_pledge_reminder_is_off_until_chosen() {
    let defaults = NotificationSettings::default();
    assert_eq!(defaults.pledge_reminder_time, None);
    let now = instant("2026-11-22T01:00:00Z");
    let planned = pledge_plan(&defaults, now, Tz::UTC, &BTreeSet::new(), english());
    assert!(pledge_reminders(&planned).is_empty());
    // The check-in reminder is still there: the two are separate choices.
    assert!(
        planned
            .iter()
            .any(|e| e.kind == NotificationKind::CheckInReminder)
    );
}

#[test]
fn one_reminder_a_morning_skipping_days_already_pledged() {
    let zone = chrono_tz::America::New_York;
    // 06:00 in New York on the 22nd: this morning's reminder is still ahead.
    let now = instant("2026-11-22T11:00:00Z");
    let none = BTreeSet::new();
    let all = pledge_plan(&morning("07:30"), now, zone, &none, english());
    let all = pledge_reminders(&all);
    assert_eq!(all.len(), 14);
    assert_eq!(
        all[0].local_time,
        day("2026-11-22").and_time(clock("07:30"))
    );
    assert_eq!(all[0].fires_at, instant("2026-11-22T12:30:00Z"));

    // Today already pledged (yesterday too, which changes nothing ahead): this morning has
    // none, every other morning keeps its id.
    let pledged: BTreeSet<NaiveDate> = [day("2026-11-21"), day("2026-11-22")].into();
    let some = pledge_plan(&morning("07:30"), now, zone, &pledged, english());
    let some = pledge_reminders(&some);
    assert_eq!(some.len(), 13);
    assert_eq!(some[0].local_time.date(), day("2026-11-23"));
    assert!(some.iter().all(|e| !pledged.contains(&e.local_time.date())));
    assert!(some.iter().all(|e| all.iter().any(|a| a.id == e.id)));

    // After 07:30 today, today's reminder is gone even without a pledge.
    let later = pledge_plan(
        &morning("07:30"),
        instant("2026-11-22T13:00:00Z"),
        zone,
        &none,
        english(),
    );
    assert_eq!(
        pledge_reminders(&later)[0].local_time.date(),
        day("2026-11-23")
    );
}

#[test]
fn the_morning_stays_at_its_wall_time_across_daylight_saving() {
    let zone = chrono_tz::America::New_York;
    let now = instant("2026-03-06T12:00:00Z");
    let planned = pledge_plan(&morning("07:30"), now, zone, &BTreeSet::new(), english());
    let on = |date: &str| {
        pledge_reminders(&planned)
            .into_iter()
            .find(|e| e.local_time.date() == day(date))
            .map(|e| e.fires_at)
    };
    // EST (UTC-5) before the 8th, EDT (UTC-4) from it: 07:30 local both sides.
    assert_eq!(on("2026-03-07"), Some(instant("2026-03-07T12:30:00Z")));
    assert_eq!(on("2026-03-08"), Some(instant("2026-03-08T11:30:00Z")));
    assert_eq!(on("2026-03-09"), Some(instant("2026-03-09T11:30:00Z")));
    // A reminder set inside the skipped hour moves to the first minute after it.
    let gap = pledge_plan(&morning("02:30"), now, zone, &BTreeSet::new(), english());
    let spring = pledge_reminders(&gap)
        .into_iter()
        .find(|e| e.local_time.date() == day("2026-03-08"))
        .map(|e| e.fires_at);
    assert_eq!(spring, Some(instant("2026-03-08T07:00:00Z")));
}

#[test]
fn the_pledge_text_is_discreet_in_both_languages() {
    let now = instant("2026-11-22T01:00:00Z");
    let none = BTreeSet::new();
    // Discreet (the default): the unlocked text is the neutral one too.
    let discreet = pledge_plan(&morning("08:00"), now, Tz::UTC, &none, english());
    assert!(
        pledge_reminders(&discreet)
            .iter()
            .all(|e| e.public_text == PUBLIC && e.private_text == PUBLIC)
    );
    let open = NotificationSettings {
        discreet: false,
        ..morning("08:00")
    };
    for (language, expected) in [
        (
            Language::English,
            "Good morning. Just for today: one tap for your pledge.",
        ),
        (
            Language::Spanish,
            "Buenos días. Solo por hoy: un toque para tu compromiso.",
        ),
    ] {
        let planned = pledge_plan(&open, now, Tz::UTC, &none, messages(language));
        let first = pledge_reminders(&planned)[0].clone();
        assert_eq!(first.private_text, expected);
        assert_eq!(
            first.public_text,
            messages(language).text("notification-public")
        );
        // Even unlocked, it names nothing a glance over a shoulder would read as recovery.
        let lower = first.private_text.to_lowercase();
        for word in [
            "clean", "sober", "use", "drug", "heroin", "opioid", "relapse", "limpi", "consum",
            "droga",
        ] {
            assert!(!lower.contains(word), "{language:?}: {word}");
        }
    }
}

#[test]
fn a_pledge_reminder_and_a_check_in_reminder_at_one_time_keep_apart() {
    let settings = NotificationSettings {
        reminder_time: Some(clock("08:00")),
        pledge_reminder_time: Some(clock("08:00")),
        ..NotificationSettings::default()
    };
    let now = instant("2026-11-22T01:00:00Z");
    let planned = pledge_plan(&settings, now, Tz::UTC, &BTreeSet::new(), english());
    let pledges = pledge_reminders(&planned);
    let checkins: Vec<_> = planned
        .iter()
        .filter(|e| e.kind == NotificationKind::CheckInReminder)
        .collect();
    assert_eq!((pledges.len(), checkins.len()), (14, 14));
    // Same instant and (discreet) texts, but different ids: one never cancels the other.
    assert!(
        pledges
            .iter()
            .all(|p| checkins.iter().all(|c| c.id != p.id))
    );
    // Sorted by instant, and both kinds of a morning in a stable order.
    assert!(planned.windows(2).all(|w| w[0].fires_at <= w[1].fires_at));
}
