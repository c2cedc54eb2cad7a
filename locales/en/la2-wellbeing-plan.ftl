## LA2 wellbeing plan (green). The questions at-best, seen-well, keep-well and level-self are
## translated from Tuesten Huse (VIVE/SUS 2021, seed 001:L6358–6359, L6377–6379; English
## ours). level-help, level-compensate and warning-signs are adapted from the same passage
## (see source in the .ron file). The rest is the project's own wording.

la2-wellbeing-plan-title = My wellbeing plan (LA2, green)
la2-wellbeing-plan-description = What helps you thrive, what puts a strain on you, and how you and we can help you cope with it.

la2-wellbeing-plan-start = About the plan
la2-wellbeing-plan-thriving = When I am doing well
la2-wellbeing-plan-staff-view = How you see me when I am doing well
la2-wellbeing-plan-strain = What puts a strain on me
la2-wellbeing-plan-coping = How I cope with it
la2-wellbeing-plan-keeping = Who may see the plan

la2-wellbeing-plan-intro = The wellbeing plan is about what helps you thrive and what puts a strain on you.
    We write down both how you experience it yourself and how we see it. You are the one who knows most about your life.
    You can skip any question, and we can work on the plan over several meetings.
    .note = LA2 is a tool for conversation and reflection: the plan is the citizen's and your shared knowledge, not an assessment of the citizen.
        Fit the conversation to the citizen. Sometimes a walk is a better place to talk than a table full of papers.
        Making the plan can take days or weeks – pause the conversation along the way.

la2-wellbeing-plan-at-best = How are you when you are at your very best?
la2-wellbeing-plan-seen-well = How can we tell from looking at you that you are doing well?
la2-wellbeing-plan-keep-well = How do we help you stay well?
    .help = It could be things you do yourself and things we can do – for example fixed routines, getting out, or having someone to talk to.
la2-wellbeing-plan-resources = What are you good at, and what gives you energy?

la2-wellbeing-plan-staff-sees-well = How do we see and experience you when you seem to be doing well and thriving?
    .note = Say in your own words how you see the citizen when they are thriving, and ask whether they recognise it. Write down their answer too.

la2-wellbeing-plan-strains = What puts a strain on you in everyday life?
    .help = For example a neighbour who is noisy at night so you sleep badly, or money running out in the middle of the month. It could also be pain or worries about your family.
la2-wellbeing-plan-own-signs = How can you tell yourself that it is becoming too much?
la2-wellbeing-plan-warning-signs = How can we tell from looking at you that you are not doing well, or that you are getting angry?
la2-wellbeing-plan-staff-sees-signs = What do we see when you are on your way to not doing well?
    .note = Say what you and your colleagues have seen, and what you think the reason was. A colour like “yellow” says little by itself – write down what it is based on.

la2-wellbeing-plan-level-self = What can you handle yourself? How can you keep your own focus on it, so that you do not need to involve us?
la2-wellbeing-plan-level-help = Where is it important that you can get help from us to handle it? Where can we help you cope?
la2-wellbeing-plan-level-compensate = If the first two ways do not work: what support could take some of the strain off – and is there a place outside of us that can help you cope with it?
    .help = An example: money runs out in the middle of the month, even though you have worked on it for a long time. Then you could talk to your caseworker about having the money paid out in smaller amounts.

la2-wellbeing-plan-who-may-see = Who may see your wellbeing plan?
    .note = Say where the plan is kept and who can read it. Temporary staff and new colleagues benefit from it most.
la2-wellbeing-plan-who-may-see-team = The staff who work with me
la2-wellbeing-plan-who-may-see-named = Only the people we agree on here
la2-wellbeing-plan-who-may-see-ask-first = Nobody, until you have asked me
la2-wellbeing-plan-who-named = Who may see the plan?
la2-wellbeing-plan-review-when = When shall we look at the plan again?
    .help = The plan is adjusted when something changes for you.
la2-wellbeing-plan-closing = Thank you. Now we have your wellbeing plan. It is yours, and we will look at it again together.
