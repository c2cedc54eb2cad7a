## FIT: How I am doing. Own wording after the ORS domains; not the official ORS text.

fit-ors-title = FIT: How I am doing
fit-ors-description = Four scales about how you are doing – for the start of a conversation.

fit-ors-today = How I am doing

fit-ors-intro = We start with four questions about how you have been doing over the last week.
    Put a mark on each line: the further left, the worse – the further right, the better.
    Afterwards we can talk about the numbers, if you like.
    .help = Think of the last week, up to and including today. There are no right or wrong answers. You can skip a question, or just talk instead.
    .note = Talk about the numbers; they are the start of a conversation, not a verdict. The citizen may say no to scoring.
        The questions are the app's own wording after the ORS domains. The official ORS text is copyright (© Scott D. Miller & Barry Duncan) and is not used here.

fit-ors-individual = How are you doing in yourself these days?
    .help = Think of yourself: your mood, your body, your sleep and your thoughts.
        0 is very bad, 10 is very good.
    .min = Very bad
    .max = Very good
    .note = The citizen's own wellbeing. You could ask: “What makes you put it just there?”
fit-ors-relations = How are things with the people closest to you?
    .help = Think of the people who are closest to you – for example family, a partner or good friends.
        0 is very bad, 10 is very good.
    .min = Very bad
    .max = Very good
fit-ors-social = How are things in your life outside your home?
    .help = Think of work, school, leisure, communities and the things you do during the week.
        0 is very bad, 10 is very good.
    .min = Very bad
    .max = Very good
    .note = If work or school is not relevant, ask about leisure and activities instead.
fit-ors-overall = How are things overall?
    .help = Think of all of it: yourself, your surroundings, your health and your daily life.
        0 is very bad, 10 is very good.
    .min = Very bad
    .max = Very good
fit-ors-comment = Is there anything you want to say about your numbers today?
    .help = Write in your own words, or skip.

fit-ors-sharing = Who may see it?
fit-ors-share = May some of this be shared with your team?
    .help = Your answers are confidential to begin with. They are only shared with your team if you say yes.
    .note = Share only what the citizen has agreed to. Answers that may not be shared are left out of exports.
fit-ors-share-no = No, it stays between us
fit-ors-share-yes = Yes, it may be shared with my team
fit-ors-share-some = Some of it
fit-ors-share-what = What may be shared with your team?
    .help = Write what the team may know. The rest stays between us.

fit-ors-total = Total
fit-ors-result = Total: { $total }/40

fit-ors-below-25 = Total below 25. In FIT, 25 is a shared reference point for adults – a place to start a conversation, not a verdict on you. You could talk together about what weighs most right now, and what might help.
    .alone = Your numbers suggest that a lot is weighing on you right now. The number is not a verdict on you, but a place to start a conversation. You could take it to your next meeting with your { -staff }, and call one of the numbers below if it gets too hard.
fit-ors-reliable-change = Something has clearly changed since last time – what has happened? In FIT a change of 5 points or more in the total counts as more than chance; it is a place to start talking, not a verdict.

# The result for a person alone (self mode, the kiosk): one calm paragraph.
fit-ors-alone = The numbers are a help to talk about how you are, not a judgement of you. You could take them to your next meeting with your { -staff }.
