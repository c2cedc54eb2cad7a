## My coping plan. The three things the plan describes are quoted in the notes of goal,
## keep-how and care-self (Herning Municipality, Socialstyrelsen, seed 000:L2330–2340;
## English translation ours). The questions put to the citizen are the project's rewording
## into "you". The rest is the project's own wording.

coping-plan-title = My coping plan
coping-plan-description = Your plan for holding on to your personal goal: what works for you, and how you look after yourself along the way.

coping-plan-start = About the plan
coping-plan-my-goal = My goal
coping-plan-holding-on = How I hold on to it
coping-plan-taking-care = How I look after myself
coping-plan-next = Until next time

coping-plan-intro = A coping plan brings together what you have found works for you.
    You can lean on it as you keep working on your goal – also when we no longer meet as often.
    We write it in your own words. You can skip any question.
    .note = The plan can be made at the end of a group course or before a collaboration ends, and it can be changed along the way.
        Only write down the strategies the citizen feels work.

coping-plan-goal = What does your personal goal look like?
    .help = Write the goal the way you would say it yourself. It is good if it is something you can reach before too long.
    .note = According to the source, the plan describes: “What the citizen's development goal looks like”.

coping-plan-keep-how = How can you hold on to your goal?
    .help = Think about what it takes in everyday life for you to keep going.
    .note = According to the source, the plan describes: “How the citizen can hold on to the development goal”.
coping-plan-strategies = What do you do that works for you?
    .help = Write one thing at a time, and the situations where it helps if you like. It could be going for a walk, calling a friend, making a list or taking a break.
    .note = Ask what the citizen already does. Coping strategies can solve a problem or ease the discomfort – both count.
coping-plan-strategies-strategy = What I do
coping-plan-strategies-situation = When it helps
coping-plan-short-term = Is there something you do that helps right now but is not good for you in the longer run?
    .help = Most people have something like that. It is good to know, so that you can choose something else when you can.
    .note = Ask with curiosity and without judging. The same thing can work well in the short run and badly in the longer run.
coping-plan-transfer = Is there something that works for you in one place that you could try somewhere else?
    .help = For example something that helps at home that you could also use at work, at school or with other people.

coping-plan-care-self = How can you look after yourself while you work on holding on to your goal?
    .note = According to the source, the plan describes: “How the citizen can look after themselves while working to hold on to the development goal”.
coping-plan-too-much = How can you tell that it is becoming too much?
    .help = It could be something in your body, in your thoughts or in what you do – for example sleeping badly or pulling away from others.
coping-plan-support = Who can support you if you need it?
    .help = Write their name, who they are to you, and how they can support you.
    .note = Ask whether these people know they are in the plan.
coping-plan-support-name = Name
coping-plan-support-relation = Who they are to me
coping-plan-support-how = How they can support me

coping-plan-try-next = What would you like to try working on before we meet next time?
    .help = Something small is fine – for example talking to someone from a team or class you go to.
coping-plan-kept-where = Where would you like to keep your coping plan, so you can find it when you need it?
    .help = For example on paper on the fridge, as a photo on your phone, or in an app.
coping-plan-review-when = When shall we look at the plan again?
coping-plan-closing = Thank you. Now you have your coping plan. It is yours, and we can always change it together.
