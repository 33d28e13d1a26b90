//! The recovery journal through the facade: journeys and their savings, uses, status, history
//! and milestones.
//!
//! Each method loads what it needs in one read transaction, calls the pure rules of
//! [`crate::journal`] with `now` and the person's current zone, and saves what changed in one
//! write transaction. Input is validated before anything is written. Edits and deletions of uses
//! write an audit entry holding the previous value in the same transaction, so nothing is ever
//! lost.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::Companion;
use super::records::{AuditChange, AuditRecord, JourneyRecord, UseRecord};
use super::settings::settings_in;
use super::views::{
    AuditEntry, History, JourneyStatus, JourneyView, NewJourney, UseEntry, UseRecorded,
};
use crate::calendar;
use crate::error::{Error, Result};
use crate::id::RecordId;
use crate::journal::{
    self, HoursPerDay, Journey, Milestone, MilestoneSet, PersonalMilestone, StreakSummary, UseEvent,
};
use crate::money::Money;
use crate::settings::Settings;
use crate::store::{Reader, Stored, Writer};

/// A journey's records loaded in one transaction.
pub(super) struct Loaded {
    settings: Settings,
    zone: Tz,
    journey: Stored<JourneyRecord>,
    uses: Vec<Stored<UseRecord>>,
    /// The dates of every journey's uses (insights look at all of them).
    pub(super) all_use_dates: Vec<NaiveDate>,
    damaged: Vec<RecordId>,
}

impl Loaded {
    fn events(&self) -> Vec<UseEvent> {
        self.uses
            .iter()
            .map(|stored| stored.value.event.clone())
            .collect()
    }

    pub(super) fn summary(&self, now: DateTime<Utc>) -> StreakSummary {
        let counting = self.settings.day_counting;
        journal::summarize(
            &self.journey.value.journey,
            &self.events(),
            now,
            self.zone,
            counting,
        )
    }

    fn milestones(&self, summary: &StreakSummary, set: MilestoneSet) -> Vec<Milestone> {
        journal::milestones(
            summary.current_start,
            summary.today,
            set,
            &self.journey.value.personal_milestones,
            self.settings.day_counting,
            crate::text::messages(self.settings.language),
        )
    }

    fn view(&self) -> JourneyView {
        journey_view(self.journey.id, &self.journey.value, &self.settings)
    }
}

/// A stored journey as the shells see it.
fn journey_view(id: RecordId, record: &JourneyRecord, settings: &Settings) -> JourneyView {
    let journey = &record.journey;
    JourneyView {
        id,
        substance: substance_in(&journey.substance, settings),
        clean_date: journey.clean_date,
        clean_time: journey.clean_time,
        personal_milestones: record.personal_milestones.clone(),
        cost_per_day: journey.cost_per_day.map(|cost| cost.per_day().to_amount()),
        hours_per_day: journey.hours_per_day.map(HoursPerDay::hours),
    }
}

/// What a journey is about as the person reads it: the default (stored as
/// [`journal::model::DEFAULT_SUBSTANCE`], in English) in their language, their own word as typed.
fn substance_in(stored: &str, settings: &Settings) -> String {
    if stored == journal::model::DEFAULT_SUBSTANCE {
        crate::text::messages(settings.language).text("journey-default-substance")
    } else {
        stored.to_owned()
    }
}

/// The journey `id`, or the first one started when `id` is `None`.
pub(super) fn journey_in(
    reader: &Reader<'_>,
    id: Option<RecordId>,
) -> Result<(Stored<JourneyRecord>, Vec<RecordId>)> {
    if let Some(id) = id {
        return match reader.get::<JourneyRecord>(id) {
            Err(Error::NotFound { .. }) => Err(Error::NotFound { what: "journey" }),
            other => Ok((other?, Vec::new())),
        };
    }
    let listing = reader.list::<JourneyRecord>()?;
    let first = listing
        .records
        .into_iter()
        .min_by(|a, b| {
            a.value
                .started_at
                .cmp(&b.value.started_at)
                .then(a.id.cmp(&b.id))
        })
        .ok_or(Error::NotFound { what: "journey" })?;
    Ok((first, listing.damaged))
}

pub(super) fn load(reader: &Reader<'_>, journey: Option<RecordId>) -> Result<Loaded> {
    let settings = settings_in(reader)?;
    let zone = calendar::parse_time_zone(&settings.time_zone)?;
    let (journey, mut damaged) = journey_in(reader, journey)?;
    let listing = reader.list::<UseRecord>()?;
    for id in listing.damaged {
        if !damaged.contains(&id) {
            damaged.push(id);
        }
    }
    let all_use_dates = listing
        .records
        .iter()
        .map(|stored| stored.value.event.date)
        .collect();
    let uses = listing
        .records
        .into_iter()
        .filter(|stored| stored.value.journey_id == journey.id)
        .collect();
    Ok(Loaded {
        settings,
        zone,
        journey,
        uses,
        all_use_dates,
        damaged,
    })
}

impl Companion {
    /// Starts a journey. The clean date may not be in the future in the person's zone.
    /// A cost per day without a currency takes the region's usual one.
    pub fn start_journey(&mut self, new: NewJourney, now: DateTime<Utc>) -> Result<RecordId> {
        let settings = self.settings()?;
        let zone = calendar::parse_time_zone(&settings.time_zone)?;
        let (cost_per_day, hours_per_day) = super::savings::savings_of(
            new.cost_per_day.as_ref(),
            new.hours_per_day,
            None,
            &settings,
        )?;
        let journey = Journey {
            substance: new
                .substance
                .unwrap_or_else(|| journal::model::DEFAULT_SUBSTANCE.to_owned()),
            clean_date: new.clean_date,
            clean_time: new.clean_time,
            cost_per_day,
            hours_per_day,
        };
        journal::validate_journey(&journey, now, zone)?;
        let record = JourneyRecord {
            journey,
            started_at: now,
            personal_milestones: Vec::new(),
            milestones_seen_through: Some(calendar::local_date(now, zone)),
            import_key: None,
        };
        self.store.write(|writer| writer.insert(&record))
    }

    /// Every journey, the first started first.
    pub fn journeys(&self) -> Result<Vec<JourneyView>> {
        let settings = self.settings()?;
        let mut listing = self
            .store
            .read(|reader| reader.list::<JourneyRecord>())?
            .records;
        listing.sort_by(|a, b| {
            a.value
                .started_at
                .cmp(&b.value.started_at)
                .then(a.id.cmp(&b.id))
        });
        Ok(listing
            .iter()
            .map(|stored| journey_view(stored.id, &stored.value, &settings))
            .collect())
    }

    /// Records a use on `journey` (the first journey when `None`). It may be back-dated but
    /// not in the future. After 3 or more clean days it returns the safety card.
    pub fn record_use(
        &mut self,
        journey: Option<RecordId>,
        event: UseEvent,
        now: DateTime<Utc>,
    ) -> Result<UseRecorded> {
        let zone = self.zone()?;
        journal::validate_use(&event, now, zone)?;
        self.store
            .write(|writer| record_use_in(writer, journey, event, now))
    }

    /// Replaces use `id`, keeping the previous value in the audit trail.
    pub fn edit_use(&mut self, id: RecordId, event: UseEvent, now: DateTime<Utc>) -> Result<()> {
        journal::validate_use(&event, now, self.zone()?)?;
        self.store.write(|writer| {
            let current = use_in(writer, id)?;
            writer.insert(&audit(&current, AuditChange::Edited, now))?;
            writer.update(
                id,
                &UseRecord {
                    event,
                    ..current.value
                },
            )?;
            Ok(())
        })
    }

    /// Deletes use `id`; the audit trail keeps what it was.
    pub fn delete_use(&mut self, id: RecordId, now: DateTime<Utc>) -> Result<()> {
        self.store.write(|writer| {
            let current = use_in(writer, id)?;
            writer.insert(&audit(&current, AuditChange::Deleted, now))?;
            writer.delete::<UseRecord>(id)
        })
    }

    /// The Today view of a journey, with the pledge streak beside it.
    pub fn status(&self, journey: Option<RecordId>, now: DateTime<Utc>) -> Result<JourneyStatus> {
        let (loaded, pledge_dates) = self.store.read(|reader| {
            Ok((
                load(reader, journey)?,
                super::pledge::pledge_dates_in(reader)?,
            ))
        })?;
        let streak = loaded.summary(now);
        let milestones = loaded.milestones(&streak, loaded.settings.milestone_set);
        let language = loaded.settings.language;
        let clean_time = journal::clean_time(
            streak.current_start,
            streak.today,
            loaded.settings.day_counting,
            streak.current_days,
        );
        let catalogue = crate::text::messages(language);
        let savings = journal::savings(&loaded.journey.value.journey, streak.total_clean_days);
        Ok(JourneyStatus {
            journey: loaded.view(),
            time_zone: loaded.settings.time_zone.clone(),
            language,
            clean_time,
            clean_time_text: clean_time.text(catalogue),
            stage: journal::stage_progress(streak.current_start, streak.today),
            next_milestone: journal::next_milestone(&milestones).cloned(),
            money_saved: savings.money.map(Money::to_amount),
            money_saved_text: savings.money.map(|money| money.text(language)),
            hours_saved: savings.hours(),
            hours_saved_text: savings.hours_text(catalogue),
            pledge: crate::pledge::pledge_streak(&pledge_dates, now, loaded.zone),
            streak,
            damaged_records: loaded.damaged.clone(),
        })
    }

    /// The whole history of a journey: uses, ended streaks and the audit trail.
    pub fn history(&self, journey: Option<RecordId>, now: DateTime<Utc>) -> Result<History> {
        let (loaded, audit) = self.store.read(|reader| {
            let loaded = load(reader, journey)?;
            let audit = reader.list::<AuditRecord>()?;
            Ok((loaded, audit))
        })?;
        let streak = loaded.summary(now);
        let mut uses: Vec<UseEntry> = loaded
            .uses
            .iter()
            .map(|stored| UseEntry {
                id: stored.id,
                journey_id: stored.value.journey_id,
                event: stored.value.event.clone(),
                recorded_at: stored.value.recorded_at,
            })
            .collect();
        uses.sort_by(|a, b| {
            (b.event.date, b.event.time, b.recorded_at).cmp(&(
                a.event.date,
                a.event.time,
                a.recorded_at,
            ))
        });
        let mut audit: Vec<AuditEntry> = audit
            .records
            .into_iter()
            .filter(|stored| stored.value.journey_id == loaded.journey.id)
            .map(|stored| AuditEntry {
                use_id: stored.value.subject,
                change: stored.value.change,
                at: stored.value.at,
                previous: stored.value.previous,
            })
            .collect();
        audit.sort_by_key(|entry| std::cmp::Reverse(entry.at));
        Ok(History {
            journey: loaded.view(),
            current_streak_start: streak.current_start,
            past_streaks: streak.past_streaks,
            uses,
            audit,
            damaged_records: loaded.damaged,
        })
    }

    /// The milestones of the current streak in `set` (the person's chosen set when `None`).
    pub fn milestones(
        &self,
        journey: Option<RecordId>,
        set: Option<MilestoneSet>,
        now: DateTime<Utc>,
    ) -> Result<Vec<Milestone>> {
        let loaded = self.store.read(|reader| load(reader, journey))?;
        let streak = loaded.summary(now);
        Ok(loaded.milestones(&streak, set.unwrap_or(loaded.settings.milestone_set)))
    }

    /// The milestones reached since the last call, each reported once: what a shell shows when
    /// it opens. Marks them seen.
    pub fn take_new_milestones(
        &mut self,
        journey: Option<RecordId>,
        now: DateTime<Utc>,
    ) -> Result<Vec<Milestone>> {
        let loaded = self.store.read(|reader| load(reader, journey))?;
        let streak = loaded.summary(now);
        let milestones = loaded.milestones(&streak, loaded.settings.milestone_set);
        let seen = loaded.journey.value.milestones_seen_through;
        let new = journal::newly_reached(&milestones, seen, streak.today);
        let seen_through = seen.map_or(streak.today, |seen| seen.max(streak.today));
        if Some(seen_through) != seen {
            let record = JourneyRecord {
                milestones_seen_through: Some(seen_through),
                ..loaded.journey.value
            };
            self.store
                .write(|writer| writer.update(loaded.journey.id, &record))?;
        }
        Ok(new)
    }

    /// Adds one of the person's own milestones to a journey.
    pub fn add_personal_milestone(
        &mut self,
        journey: Option<RecordId>,
        milestone: PersonalMilestone,
    ) -> Result<()> {
        let (stored, _) = self.store.read(|reader| journey_in(reader, journey))?;
        let mut record = stored.value;
        if !record.personal_milestones.contains(&milestone) {
            record.personal_milestones.push(milestone);
        }
        journal::milestone::validate_personal(&record.personal_milestones)?;
        self.store
            .write(|writer| writer.update(stored.id, &record))?;
        Ok(())
    }
}

/// Records a validated use inside `writer`'s transaction (a use on its own, or one reported
/// by a check-in), with the safety card when the streak it ended was 3 days or more.
pub(super) fn record_use_in(
    writer: &Writer<'_>,
    journey: Option<RecordId>,
    event: UseEvent,
    now: DateTime<Utc>,
) -> Result<UseRecorded> {
    let loaded = load(writer, journey)?;
    let before = loaded.summary(now);
    // The streak this use ends: the one running on the use's date.
    let clean_days_before = if event.date >= before.current_start {
        u32::try_from(calendar::days_between(before.current_start, event.date)).unwrap_or(0)
    } else {
        0
    };
    let record = UseRecord {
        journey_id: loaded.journey.id,
        event,
        recorded_at: now,
        import_key: None,
    };
    let id = writer.insert(&record)?;
    let safety_card = super::circle::safety_card_in(writer, clean_days_before)?;
    Ok(UseRecorded {
        id,
        clean_days_before,
        safety_card,
    })
}

/// The audit entry that keeps `current` as it was before `change`.
fn audit(current: &Stored<UseRecord>, change: AuditChange, now: DateTime<Utc>) -> AuditRecord {
    AuditRecord {
        subject: current.id,
        journey_id: current.value.journey_id,
        change,
        at: now,
        previous: current.value.event.clone(),
        import_key: current.value.import_key.clone(),
    }
}

fn use_in(reader: &Reader<'_>, id: RecordId) -> Result<Stored<UseRecord>> {
    match reader.get::<UseRecord>(id) {
        Err(Error::NotFound { .. }) => Err(Error::NotFound { what: "use" }),
        other => other,
    }
}
