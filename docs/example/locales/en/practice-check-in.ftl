## Practice check-in: the example script of docs/script-format.md.
## One message per visible string, each a whole sentence.

practice-check-in-title = Practice check-in
practice-check-in-description = A short check-in about the week, everyday life, home and the people around you – a practice script for trainers.

## Section headings

practice-check-in-start = Before we start
practice-check-in-week = Your week
practice-check-in-everyday = Everyday life
practice-check-in-home = Home
practice-check-in-people = People around you
practice-check-in-plan = Until next time

## Before we start

practice-check-in-welcome = Welcome. This is a short talk about how your week has been.
    You decide what you want to say. You can skip any question, and we can stop at any time.
practice-check-in-ready = Is now a good time to talk?
    .help = If you answer no, the conversation is saved, and we carry on another day.
    .note = Ask, do not assume: "no" is a fine answer. Agree on another day before you leave.

## Your week

practice-check-in-mood = All in all, how has your week been?
    .help = Think of the whole week, not only today. There are no right or wrong answers.
    .min = very hard
    .max = very good
practice-check-in-mood-good = That sounds like a good week. What made it good?
practice-check-in-mood-hard = That sounds like a hard week. What made it hard?
    .help = You can write as much or as little as you like.
    .invalid = Please keep it to 500 characters. The rest can be said out loud.
practice-check-in-hard-days = On how many of the last 7 days was it hard to get going?
    .invalid = Please write a whole number from 0 to 7.
practice-check-in-hard-what = What made those days hard?
    .note = Listen for patterns – sleep, money, loneliness – but let the citizen name them first.

## Everyday life

practice-check-in-sleep = In the last week, how often did you sleep well?
practice-check-in-meals = In the last week, how often did you eat a proper meal?
    .help = A proper meal is whatever fills you up – it does not have to be cooked.
practice-check-in-out = In the last week, how often did you get out of your flat?
practice-check-in-how-often-never = Never
practice-check-in-how-often-rarely = Rarely
practice-check-in-how-often-sometimes = Sometimes
practice-check-in-how-often-often = Often
practice-check-in-how-often-always = Always
practice-check-in-habits = Average of your answers about sleep, meals and getting out (0 = never, 4 = always): { $value }
practice-check-in-help-with = What would you like help with in the coming week? Choose up to three.
    .invalid = Please choose at most three. We can take the rest another time.
practice-check-in-help-with-bills = Bills and post
practice-check-in-help-with-cleaning = Cleaning
practice-check-in-help-with-shopping = Shopping
practice-check-in-help-with-other = Something else
practice-check-in-help-with-sleep-advice = Ideas for sleeping better
practice-check-in-help-other = What else would you like help with?
    .invalid = Please keep it short – at most 60 characters.

## Home

practice-check-in-home-state = How is it to be at home at the moment?
practice-check-in-home-state-good = Good
practice-check-in-home-state-mixed = Both good and hard
practice-check-in-home-state-hard = Hard
practice-check-in-home-better = What would make it better to be at home?
practice-check-in-safe = Do you feel safe at home right now?
    .help = Safe means that nobody and nothing at home puts you in danger – and that you are not in danger from yourself.
    .note = Ask calmly and directly. If the answer is no, stay with it: the next screen shows the local crisis contacts.
    .required = This question cannot be skipped, because we need to know that you are safe. If it is hard to answer, say so, and we will talk about it.
practice-check-in-crisis-help = Thank you for telling me. You do not have to deal with this alone.
    We will look at what can help right now. Here are the numbers you can call:

## People around you

practice-check-in-contact = Have you been in touch with anyone you care about this week?
practice-check-in-who = Who have you been in touch with?
    .help = Write their name, who they are to you, and a phone number if you like. You can add up to five people.
    .note = Only write people down if the citizen says yes to it.
practice-check-in-who-name = Name
    .invalid = Please keep the name to 40 characters.
practice-check-in-who-relation = Who they are to you
practice-check-in-who-phone = Phone
    .invalid = Please write the phone number with 8 to 20 characters: digits, spaces, +, brackets and dashes.
practice-check-in-keep-doing = A good week, and in touch with others. What would you like to keep doing?
practice-check-in-reach-out = Is there anyone you would like to be in touch with?

## Until next time

practice-check-in-goal = What would you like to work on before we meet next time?
    .help = Something small is fine – one phone call, one letter opened.
    .note = Write the goal in the citizen's own words.
practice-check-in-goal-help = Who or what could help you with that?
practice-check-in-extra-visit = Shall we agree on an extra visit this week?
    .note = This is asked because the week was hard, home is hard, or the citizen does not feel safe. Agree on a time before you leave.
practice-check-in-visit-time = What time of day suits you best for the next visit?
    .help = Write a time like 10.30 or 14:00.
    .invalid = Please write a time like 10.30 or 14:00.
practice-check-in-more = Is there anything else you would like to talk about today?
practice-check-in-more-what = What would you like to talk about?

## Scores, bands, flags and the result

practice-check-in-habit-points = Everyday habits, points (0–12)
practice-check-in-habit-percent = Everyday habits, percent (0–100)
practice-check-in-habit-percent-low = Everyday habits are hard at the moment (below 50 %).
practice-check-in-habit-percent-middle = Everyday habits are going partly well (50–74 %).
practice-check-in-habit-percent-high = Everyday habits are going well (75 % or more).
practice-check-in-result = Everyday habits: { $habit-points } of 12 points ({ $habit-percent } %).

practice-check-in-low-habits = Everyday habits are below 50 %. You could talk about where it would be easiest to start: sleep, meals or getting out.
practice-check-in-never-item = At least one everyday habit was answered "never". That is worth talking about, even if the rest went well.
practice-check-in-many-hard-days = It was hard to get going on 5 or more days. You could talk about what the mornings are like.
practice-check-in-very-low = The points are 3 or lower, the lowest range. That is a reason to talk together about how everyday life is going; it is not a diagnosis.
practice-check-in-better = Everyday habits have gone up by 25 percentage points or more since last time. You could talk about what made the difference.
practice-check-in-worse = Everyday habits have gone down by 25 percentage points or more since last time. You could talk about what has happened since then.
practice-check-in-moved = The points have changed by 3 or more since last time, up or down.
