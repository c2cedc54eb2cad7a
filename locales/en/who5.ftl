## WHO-5 Well-Being Index. Statements and answers are the official English wording
## (Psychiatric Centre North Zealand). Do not change them.

who5-title = WHO-5 Well-Being Index
who5-description = Five short questions about how you have been over the last two weeks.

who5-items = How you have been

who5-intro = Here are five statements about how you have been over the last two weeks.
    For each statement, choose the answer that fits best.
    There are no right or wrong answers.
    .help = Think of the last 14 days, not only today.
        You can skip a statement, but then the total score cannot be worked out.
    .note = Talk about the answers afterwards: the score is the start of a conversation, not a verdict. You could ask what it takes for the citizen to be cheerful, calm, active and rested, and to have days filled with meaningful activities.

who5-cheerful = Over the last two weeks I have felt cheerful and in good spirits
    .help = Choose the answer closest to how it has been over the last two weeks.
who5-calm = Over the last two weeks I have felt calm and relaxed
    .help = Choose the answer closest to how it has been over the last two weeks.
who5-active = Over the last two weeks I have felt active and vigorous
    .help = Choose the answer closest to how it has been over the last two weeks.
who5-rested = Over the last two weeks I woke up feeling fresh and rested
    .help = Choose the answer closest to how it has been over the last two weeks.
who5-interested = Over the last two weeks my daily life has been filled with things that interest me
    .help = Choose the answer closest to how it has been over the last two weeks.

who5-sharing = Who may see it?
who5-share = May some of this be shared with your team?
    .help = Your answers are confidential to begin with. They are only shared with your team if you say yes.
    .note = Share only what the citizen has agreed to. Answers that may not be shared are left out of exports.
who5-share-no = No, it stays between us
who5-share-yes = Yes, it may be shared with my team
who5-share-some = Some of it
who5-share-what = What may be shared with your team?
    .help = Write what the team may know. The rest stays between us.

who5-frequency-all-of-the-time = All of the time
who5-frequency-most-of-the-time = Most of the time
who5-frequency-more-than-half = More than half of the time
who5-frequency-less-than-half = Less than half of the time
who5-frequency-some-of-the-time = Some of the time
who5-frequency-at-no-time = At no time

who5-raw = Score (0–25)
who5-percent = Percent (0–100)
who5-result = Score: { $raw }/25 ({ $percent } %)

who5-low-wellbeing = The score is 12 or lower (below 50 %). This can be a sign that you are not doing so well right now. You could talk together about how you are, and whether it makes sense to look into it further, for example with your doctor.
    .alone = Your answers suggest that the last two weeks have been hard. The number is not a judgement of you, but a help to talk about how you are. You do not have to be alone with it: talk to someone you trust, or to staff, and call one of the numbers below if it gets too hard.
who5-low-item = At least one statement was answered “Some of the time” or “At no time”. That is worth talking about, even if the total score looks fine.
    .alone = One or more of your answers suggest that something has been hard in the last two weeks. The number is a help to talk about how you are, not a judgement of you. You could talk to someone you trust, or to staff, and call one of the numbers below if it gets too hard.
who5-very-low = The score is 7 or lower (28 % or lower). Some use this threshold as a sign of possible depression; it is not a diagnosis. It is a good reason to talk together about how you are, and whether you would like to see your doctor.
who5-change = The score has changed by 10 percentage points or more since last time. That counts as a clear change. You could talk about what has happened since last time.

# The result for a person alone (self mode, the kiosk): one calm paragraph.
who5-alone = The number is a help to talk about how you have been over the last two weeks, not a judgement of you. You could take it to your next meeting with your { -staff }.
