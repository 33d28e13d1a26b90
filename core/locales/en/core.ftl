# Cairn's core, in English: every sentence the core writes for a person.
# Ids are used in core/src; core/src/text/tests.rs fails on an id used but missing here or in
# es/core.ftl, and on an id here that nothing uses. Sources for the safety card's statements are
# beside its table in core/src/safety.rs; for the crisis lines, in core/src/contact/crisis.rs.

## The safety card, after a use that followed 3 or more clean days.

safety-title = Please stay safe
safety-tolerance = After { $days } clean days your tolerance is lower than it was. The amount you used to take can now kill.
safety-start-low = If you use, start with much less than before and go slow. Wait before you take any more.
safety-not-alone-line = Do not use alone. Call the overdose line below first, so someone can send help if you stop responding.
safety-not-alone-nearby = Do not use alone. Tell someone you trust who is nearby, so they can check on you and call for help.
safety-naloxone = Have naloxone with you and tell someone where it is. In an overdose you may not be able to give it to yourself.
safety-wears-off = Naloxone wears off in 30 to 90 minutes, sooner than many opioids, so an overdose can come back. Stay with the person and call emergency services.
safety-not-starting-over = You are not starting over. Your { $days } clean days still count, and so does everything you learned.
safety-spotter-us = Do not use alone. Call the Never Use Alone line at { $number } first, so someone can send help if you stop responding.
safety-naloxone-us = Have naloxone (Narcan) with you and tell someone where it is. In an overdose you may not be able to give it to yourself.
safety-wears-off-us = Naloxone wears off in 30 to 90 minutes, sooner than many opioids, so an overdose can come back. Stay with the person and call 911.
safety-spotter-ca = Do not use alone. Call the NORS line at { $number } first, so someone can send help if you stop responding.

## Reach-out signals in insights: facts, never blame, each suggesting a call.

signal-recent-use = { $days ->
    [0] You recorded a use today.
    [1] You recorded a use yesterday.
   *[other] You recorded a use { $days } days ago.
} Talking it through with someone this week can help you get back on your feet.
signal-craving-both-of-two = Your craving was { $craving } or more on both of your last two check-ins. Cravings pass, and talking to someone can help this one pass.
signal-craving-two-of-three = Your craving was { $craving } or more on two of your last three check-ins. Cravings pass, and talking to someone can help this one pass.
signal-craving-each-of-three = Your craving was { $craving } or more on each of your last three check-ins. Cravings pass, and talking to someone can help this one pass.
signal-mood-falling = Your mood has been lower at each of your last three check-ins. It can help to tell someone how you are doing.
signal-no-recent-check-in = Your last check-in was { $days } days ago. However things are going, a quick call to someone you trust can help.
signal-early-days = { $day ->
    [0] Your new streak begins today.
   *[other] You are on day { $day } of your streak.
} The first { $early } days are often the hardest, and support helps most now.

## Stages of recovery.

stage-initiation = Initiation
stage-abstinence = Abstinence
stage-maintained-abstinence = Maintained abstinence
stage-advanced-recovery = Advanced recovery
stage-initiation-about = The first days: getting through withdrawal and turning the decision into a commitment, even when doubts say it is not that bad.
stage-abstinence-about = Often the hardest stretch: withdrawal, cravings and triggers, while learning the coping skills that carry the rest of recovery.
stage-maintained-abstinence-about = After the first 90 days: putting those skills to use in everyday life, up to the five-year mark.
stage-advanced-recovery-about = Five years and beyond: using what was learned to build a full, satisfying life.

## Journeys.

# What a journey is about when the person names nothing.
journey-default-substance = opioids

## Milestones and clean time.

milestone-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
milestone-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
milestone-years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
# A milestone of one journey among several: "30 days (heroin)".
milestone-of-journey = { $milestone } ({ $journey })
# "1 year and 3 days", "1 year, 2 months and 3 days".
clean-time-two = { $first } and { $second }
clean-time-three = { $first }, { $second } and { $third }

## Money and time not spent.

# Hours given back over every clean day: "152.5 hours", "1 hour". $hours is the number as the
# language writes it; $count is the same number when it is whole, for the plural form.
savings-hours = { $count ->
    [one] { $hours } hour
   *[other] { $hours } hours
}

## Notifications. The public text is all a locked phone shows.

notification-public = Cairn: a moment for you
notification-milestone = { $milestone } clean today
notification-check-in = How was today? Your check-in takes 30 seconds.
notification-dose = Time for your { $medication } ({ $time })
notification-pledge = Good morning. Just for today: one tap for your pledge.

## Crisis lines: the services' own names, and what they offer.

crisis-no-local-lines = No local lines are known for this region; 112 works from most mobile phones.
crisis-hours-always = 24/7
crisis-hours-weekday-office = Monday to Friday, office hours
crisis-emergency = Emergency services ({ $number })
crisis-us-988 = 988 Suicide & Crisis Lifeline
crisis-us-988-detail = Call or text. Substance-use crises too. Calls are answered in Spanish as well; texts in English.
crisis-us-never-use-alone = Never Use Alone
crisis-spotter-detail = Stays on the phone while you use and sends help if you stop responding.
crisis-us-samhsa = SAMHSA National Helpline
crisis-us-samhsa-detail = Free, confidential treatment referrals in English and Spanish.
crisis-ca-988 = 988 Suicide Crisis Helpline
crisis-ca-988-detail = Call or text, in English or French.
crisis-ca-nors = National Overdose Response Service (NORS)
crisis-gb-samaritans = Samaritans
crisis-samaritans-detail = Free, day or night, from any phone.
crisis-gb-frank = FRANK
crisis-gb-frank-detail = Confidential drugs advice; text 82111.
crisis-gb-nhs-111 = NHS 111
crisis-gb-nhs-111-detail = Urgent help that is not a 999 emergency; press 2 for mental health (England).
crisis-ie-samaritans = Samaritans Ireland
crisis-ie-hse-drugs-helpline = HSE Drugs and Alcohol Helpline
crisis-ie-hse-drugs-helpline-detail = Free, confidential support and information.
crisis-ie-112 = Emergency services (112 or 999)
crisis-ie-112-detail = 999 works too.
crisis-au-lifeline = Lifeline
crisis-au-lifeline-detail = Call 13 11 14 or text 0477 13 11 14.
crisis-au-aod-hotline = National Alcohol and Other Drug Hotline
crisis-au-aod-hotline-detail = Free, confidential advice from your state's drug and alcohol service.
crisis-intl-112 = Emergency number (112)
crisis-intl-112-detail = 112 works from most mobile phones.
