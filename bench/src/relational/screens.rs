//! The screens on the conventional schema: each loads what the rules need with plain queries
//! and calls the same pure rules of `cairn_core` that the companion calls.

use std::collections::BTreeSet;
use std::path::Path;

use cairn_core::RecordId;
use cairn_core::checkin::{self, CheckInStreak};
use cairn_core::companion::records::{AuditRecord, CheckInRecord, JourneyRecord, UseRecord};
use cairn_core::companion::{AuditEntry, History, Insights, JourneyStatus, JourneyView, UseEntry};
use cairn_core::contact::{self, ChainEntry};
use cairn_core::insight;
use cairn_core::journal::{self, Milestone, MilestoneSet, StreakSummary};
use cairn_core::notification_plan::{self, PlanInputs, PlannedNotification};
use cairn_core::prevention_plan::PreventionPlan;
use cairn_core::settings::Settings;
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, params};

use super::{
    Flavour, Result, checkin_dates, checkins, contacts, journeys, json, open, parse, settings, uses,
};
use crate::views::{HistoryView, TodayView};
use crate::workload::Workload;

fn view(id: RecordId, record: &JourneyRecord) -> JourneyView {
    JourneyView {
        id,
        substance: record.journey.substance.clone(),
        clean_date: record.journey.clean_date,
        clean_time: record.journey.clean_time,
        personal_milestones: record.personal_milestones.clone(),
        cost_per_day: record
            .journey
            .cost_per_day
            .map(|cost| cost.per_day().to_amount()),
        hours_per_day: record
            .journey
            .hours_per_day
            .map(journal::HoursPerDay::hours),
    }
}

fn summary(
    settings: &Settings,
    zone: Tz,
    journey: &JourneyRecord,
    uses: &[(RecordId, UseRecord)],
    workload: &Workload,
) -> StreakSummary {
    let events: Vec<_> = uses.iter().map(|(_, u)| u.event.clone()).collect();
    journal::summarize(
        &journey.journey,
        &events,
        workload.now,
        zone,
        settings.day_counting,
    )
}

fn milestones(
    settings: &Settings,
    journey: &JourneyRecord,
    streak: &StreakSummary,
    set: MilestoneSet,
) -> Vec<Milestone> {
    journal::milestones(
        streak.current_start,
        streak.today,
        set,
        &journey.personal_milestones,
        settings.day_counting,
        cairn_core::text::messages(settings.language),
    )
}

/// Cold start to the Today view: open, the first journey's status and the insights.
pub fn today(path: &Path, flavour: Flavour, workload: &Workload) -> Result<TodayView> {
    let conn = open(path, flavour)?;
    let (settings, zone) = settings(&conn)?;
    let (journey_id, journey) = journeys(&conn)?.into_iter().next().ok_or("no journey")?;
    let all_uses = uses(&conn, None)?;
    let own: Vec<_> = all_uses
        .iter()
        .filter(|(_, u)| u.journey_id == journey_id)
        .cloned()
        .collect();
    let streak = summary(&settings, zone, &journey, &own, workload);
    let chosen = milestones(&settings, &journey, &streak, settings.milestone_set);
    let language = settings.language;
    let clean_time = journal::clean_time(
        streak.current_start,
        streak.today,
        settings.day_counting,
        streak.current_days,
    );
    let catalogue = cairn_core::text::messages(language);
    let savings = journal::savings(&journey.journey, streak.total_clean_days);
    let status = JourneyStatus {
        journey: view(journey_id, &journey),
        money_saved: savings.money.map(cairn_core::money::Money::to_amount),
        money_saved_text: savings.money.map(|money| money.text(language)),
        hours_saved: savings.hours(),
        hours_saved_text: savings.hours_text(catalogue),
        time_zone: settings.time_zone.clone(),
        language,
        clean_time,
        clean_time_text: clean_time.text(cairn_core::text::messages(language)),
        stage: journal::stage_progress(streak.current_start, streak.today),
        next_milestone: journal::next_milestone(&chosen).cloned(),
        // The workload makes no pledges, so the conventional schema keeps none.
        pledge: cairn_core::pledge::pledge_streak(&[], workload.now, zone),
        streak,
        damaged_records: Vec::new(),
    };

    let checkins = checkins(&conn)?;
    let dates: Vec<_> = checkins.iter().map(|c| c.date).collect();
    let use_dates: Vec<_> = all_uses.iter().map(|(_, u)| u.event.date).collect();
    let now = workload.now;
    let signals = insight::reach_out_signals(
        &checkins,
        Some(status.streak.current_days),
        &use_dates,
        now,
        zone,
        cairn_core::text::messages(language),
    );
    let (reach_out, reasons) = if signals.is_empty() {
        (None, Vec::new())
    } else {
        let chain = contact::reach_out_chain(
            &contacts(&conn)?,
            settings.region,
            cairn_core::text::messages(language),
        );
        (chain.first().map(ChainEntry::call_action), reasons(&conn)?)
    };
    let insights = Insights {
        checkin_streak: checkin::checkin_streak(&dates, now, zone),
        averages: insight::averages(&checkins, now, zone),
        top_tags: insight::top_tags(&checkins, now, zone),
        signals,
        reach_out,
        reasons,
    };
    Ok(TodayView { status, insights })
}

/// One durable check-in (today's, replacing the previous round's), then the check-in streak.
pub fn check_in(conn: &mut Connection, workload: &Workload, round: usize) -> Result<CheckInStreak> {
    let (_, zone) = settings(conn)?;
    let checkin = checkin::prepare_checkin(workload.todays_checkin(round)?, workload.now, zone)?;
    let date = checkin.date.to_string();
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let existing: Option<String> = tx
        .query_row(
            "SELECT body FROM checkin WHERE date = ?1",
            params![date],
            |row| row.get(0),
        )
        .optional()?;
    let recorded_at = match existing {
        Some(body) => parse::<CheckInRecord>(&body)?.recorded_at,
        None => workload.now,
    };
    // Reach-outs logged earlier that day count in the check-in (none in this workload).
    let reach_outs: i64 = tx.query_row(
        "SELECT count(*) FROM reach_out WHERE date = ?1",
        params![date],
        |row| row.get(0),
    )?;
    debug_assert_eq!(reach_outs, 0);
    let record = CheckInRecord {
        checkin,
        recorded_at,
    };
    tx.execute(
        "INSERT INTO checkin (date, id, body) VALUES (?1, ?2, ?3)
         ON CONFLICT (date) DO UPDATE SET body = excluded.body",
        params![
            date,
            RecordId::from_bytes([0xAB; 16]).as_bytes(),
            json(&record)?
        ],
    )?;
    tx.commit()?;
    let dates = checkin_dates(conn)?;
    Ok(checkin::checkin_streak(&dates, workload.now, zone))
}

/// The full history: the first journey's streaks, uses and audit trail, and every check-in.
pub fn history(conn: &Connection, workload: &Workload) -> Result<HistoryView> {
    let (settings, zone) = settings(conn)?;
    let (journey_id, journey) = journeys(conn)?.into_iter().next().ok_or("no journey")?;
    let own = uses(conn, Some(journey_id))?;
    let streak = summary(&settings, zone, &journey, &own, workload);
    let mut entries: Vec<UseEntry> = own
        .into_iter()
        .map(|(id, record)| UseEntry {
            id,
            journey_id: record.journey_id,
            event: record.event,
            recorded_at: record.recorded_at,
        })
        .collect();
    entries.sort_by(|a, b| {
        (b.event.date, b.event.time, b.recorded_at).cmp(&(
            a.event.date,
            a.event.time,
            a.recorded_at,
        ))
    });
    let mut statement =
        conn.prepare_cached("SELECT body FROM audit WHERE journey_id = ?1 ORDER BY at DESC")?;
    let audit_rows = statement.query_map(params![journey_id.as_bytes()], |row| {
        row.get::<_, String>(0)
    })?;
    let mut audit = Vec::new();
    for body in audit_rows {
        let record: AuditRecord = parse(&body?)?;
        audit.push(AuditEntry {
            use_id: record.subject,
            change: record.change,
            at: record.at,
            previous: record.previous,
        });
    }
    Ok(HistoryView {
        journey: History {
            journey: view(journey_id, &journey),
            current_streak_start: streak.current_start,
            past_streaks: streak.past_streaks,
            uses: entries,
            audit,
            damaged_records: Vec::new(),
        },
        checkins: checkins(conn)?,
    })
}

/// The notification plan: every journey's milestones, the days with a check-in, the settings.
pub fn notification_plan(
    conn: &Connection,
    workload: &Workload,
) -> Result<Vec<PlannedNotification>> {
    let (settings, zone) = settings(conn)?;
    let journeys = journeys(conn)?;
    let mut all = Vec::new();
    for (id, journey) in &journeys {
        let own = uses(conn, Some(*id))?;
        let streak = summary(&settings, zone, journey, &own, workload);
        for mut milestone in milestones(&settings, journey, &streak, settings.milestone_set) {
            milestone.key = format!("{id}:{}", milestone.key);
            if journeys.len() > 1 {
                milestone.label = format!("{} ({})", milestone.label, journey.journey.substance);
            }
            all.push(milestone);
        }
    }
    let checked_in: BTreeSet<_> = checkin_dates(conn)?.into_iter().collect();
    Ok(notification_plan::plan(&PlanInputs {
        milestones: &all,
        checked_in: &checked_in,
        pledged: &BTreeSet::new(),
        settings: &settings.notifications,
        now: workload.now,
        zone,
        text: cairn_core::text::messages(settings.language),
        // Ids are keyed per store: the plans are compared without them.
        id_key: &ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &[7; 32]),
    }))
}

/// The person's reasons to stay clean: the prevention plan's section.
fn reasons(conn: &Connection) -> Result<Vec<String>> {
    let body: Option<String> = conn
        .query_row("SELECT body FROM prevention_plan WHERE id = 1", [], |row| {
            row.get(0)
        })
        .optional()?;
    Ok(body
        .map(|body| parse::<PreventionPlan>(&body))
        .transpose()?
        .map(|plan| plan.reasons_to_stay_clean)
        .unwrap_or_default())
}
