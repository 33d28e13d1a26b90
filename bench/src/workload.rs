//! The workload every variant stores and serves: ten years of a person's recovery.
//!
//! Ten years of daily check-ins with notes, 20 uses over three journeys, 40 contacts and a
//! prevention plan, generated from a fixed seed so every run and every variant holds the same
//! values under the same ids. Each variant turns these values into its own storage (sealed
//! records, or rows in a conventional schema) and must give back the same views.

use cairn_core::RecordId;
use cairn_core::checkin::{self, CheckIn, MedicationTaken};
use cairn_core::companion::records::{CheckInRecord, JourneyRecord, UseRecord};
use cairn_core::contact::{Contact, ContactRole, PhoneNumber, Region};
use cairn_core::journal::{Journey, UseEvent, UseKind};
use cairn_core::prevention_plan::PreventionPlan;
use cairn_core::settings::Medication;
use cairn_core::settings::Settings;
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};

/// Days of check-ins: ten years.
pub const CHECK_IN_DAYS: i64 = 3650;
/// Uses across all journeys.
pub const USES: usize = 20;
/// People in the circle.
pub const CONTACTS: usize = 40;

/// Everything one person has stored, with the ids every variant keeps.
pub struct Workload {
    /// The instant every view is computed at.
    pub now: DateTime<Utc>,
    /// The person's settings.
    pub settings: Settings,
    /// Three journeys; the first started is the default one.
    pub journeys: Vec<(RecordId, JourneyRecord)>,
    /// Uses, each on one journey.
    pub uses: Vec<(RecordId, UseRecord)>,
    /// One check-in a day for ten years, up to yesterday.
    pub checkins: Vec<(RecordId, CheckInRecord)>,
    /// The circle.
    pub contacts: Vec<(RecordId, Contact)>,
    /// The prevention plan.
    pub prevention_plan: PreventionPlan,
}

const NOTES: [&str; 6] = [
    "Went to the evening meeting and stayed for coffee after. Called my sponsor on the way home.",
    "Hard morning, the old street on the way to work. Took the long way round and it passed.",
    "Good day. Cooked dinner for my sister, first time in months. Slept well.",
    "Payday. Handed the card to my partner like we agreed. Craving went by the afternoon.",
    "Clinic at nine, dose as usual. Tired but steady. Read for an hour before bed.",
    "Argued with my brother. Wrote it down here instead of going out. Meeting tomorrow.",
];
const TRIGGERS: [&str; 5] = ["stress", "people", "places", "boredom", "payday"];
const HELPED: [&str; 4] = ["meeting", "called_sponsor", "exercise", "medication"];

fn id(rng: &mut fastrand::Rng) -> RecordId {
    let mut bytes = [0u8; 16];
    rng.fill(&mut bytes);
    RecordId::from_bytes(bytes)
}

fn date(text: &str) -> Result<NaiveDate, Box<dyn std::error::Error>> {
    Ok(text.parse()?)
}

impl Workload {
    /// The workload, the same on every call.
    pub fn generate() -> Result<Self, Box<dyn std::error::Error>> {
        let mut rng = fastrand::Rng::with_seed(0x00ca_1a11);
        let now = Utc
            .with_ymd_and_hms(2026, 11, 22, 19, 30, 0)
            .single()
            .ok_or("no such instant")?;
        let mut settings = Settings::new("America/New_York")?;
        settings.region = Some(Region::parse("US")?);
        settings.notifications.medications = vec![Medication {
            name: "buprenorphine".to_owned(),
            dose_times: vec![NaiveTime::from_hms_opt(8, 0, 0).ok_or("no such time")?],
        }];

        let first_day = date("2016-11-22")?;
        let journeys: Vec<(RecordId, JourneyRecord)> = [
            ("heroin", first_day, 0),
            ("alcohol", date("2018-03-01")?, 1),
            ("nicotine", date("2021-06-15")?, 2),
        ]
        .into_iter()
        .map(|(substance, clean_date, order)| {
            let record = JourneyRecord {
                journey: Journey {
                    substance: substance.to_owned(),
                    ..Journey::new(clean_date)
                },
                started_at: now - Duration::days(3650 - order),
                personal_milestones: Vec::new(),
                milestones_seen_through: Some(clean_date),
                import_key: None,
            };
            (id(&mut rng), record)
        })
        .collect();

        // Uses spread over the ten years, most of them on the first journey.
        let mut uses = Vec::new();
        for index in 0..USES {
            let journey = &journeys[if index % 4 == 3 { 1 } else { 0 }];
            let offset = 90 + (index as i64) * 170 + rng.i64(0..60);
            let mut event = UseEvent::new(
                journey.1.journey.clean_date + Duration::days(offset),
                if index % 5 == 4 {
                    UseKind::Relapse
                } else {
                    UseKind::Lapse
                },
            );
            event.note = Some(NOTES[index % NOTES.len()].to_owned());
            event.triggers = vec![TRIGGERS[index % TRIGGERS.len()].to_owned()];
            let record = UseRecord {
                journey_id: journey.0,
                event,
                recorded_at: now - Duration::days(3000 - offset),
                import_key: None,
            };
            uses.push((id(&mut rng), record));
        }
        let use_dates: Vec<NaiveDate> = uses.iter().map(|(_, u)| u.event.date).collect();

        let mut checkins = Vec::new();
        for day in 1..=CHECK_IN_DAYS {
            let date = first_day + Duration::days(day - 1);
            let used = use_dates.contains(&date);
            let mut checkin = CheckIn::new(
                date,
                rng.u8(1..=5),
                rng.u8(0..=10),
                used,
                MedicationTaken::Taken,
            );
            let triggers = TRIGGERS[rng.usize(..TRIGGERS.len())];
            let helped = HELPED[rng.usize(..HELPED.len())];
            checkin.triggers = checkin::parse_triggers(triggers)?;
            checkin.helped = checkin::parse_helped(helped)?;
            checkin.note = Some(NOTES[rng.usize(..NOTES.len())].to_owned());
            let record = CheckInRecord {
                checkin,
                recorded_at: Utc
                    .from_utc_datetime(&date.and_hms_opt(23, 0, 0).ok_or("no such time")?),
            };
            checkins.push((id(&mut rng), record));
        }

        let roles = [
            ContactRole::Backup,
            ContactRole::Family,
            ContactRole::Friend,
            ContactRole::Counselor,
        ];
        let mut contacts = Vec::new();
        for index in 0..CONTACTS {
            let contact = Contact {
                name: format!("Contact {index:02}"),
                phone: PhoneNumber::parse(&format!("+1 (555) 010-{:04}", 1000 + index))?,
                role: if index == 0 {
                    ContactRole::Sponsor
                } else {
                    roles[index % roles.len()]
                },
                can_text: index % 3 != 2,
                note: (index % 4 == 0).then(|| "Evenings after six".to_owned()),
                order: index as u32,
                primary: index == 0,
            };
            contacts.push((id(&mut rng), contact));
        }

        let lines = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let prevention_plan = PreventionPlan {
            warning_signs: lines(&["skipping meetings", "not sleeping", "isolating"]),
            triggers_to_avoid: lines(&["the old street", "payday cash"]),
            coping_steps: lines(&["call the sponsor", "walk for twenty minutes", "eat"]),
            reasons_to_stay_clean: lines(&["my daughter", "my job", "my health"]),
            people_to_call: lines(&["sponsor", "sister"]),
            safe_places: lines(&["the meeting hall", "the library"]),
        };

        Ok(Self {
            now,
            settings,
            journeys,
            uses,
            checkins,
            contacts,
            prevention_plan,
        })
    }

    /// The check-in the durable-write benchmark records (today's, replaced each round).
    pub fn todays_checkin(&self, round: usize) -> Result<CheckIn, Box<dyn std::error::Error>> {
        let zone = cairn_core::calendar::parse_time_zone(&self.settings.time_zone)?;
        let today = cairn_core::calendar::local_date(self.now, zone);
        let mut checkin = CheckIn::new(
            today,
            1 + (round % 5) as u8,
            (round % 11) as u8,
            false,
            MedicationTaken::Taken,
        );
        checkin.triggers = checkin::parse_triggers("stress")?;
        checkin.note = Some(NOTES[round % NOTES.len()].to_owned());
        Ok(checkin)
    }
}
