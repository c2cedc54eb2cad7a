## The Path of Hope. The three steps and their nine questions are quoted from the source
## (Personcentreret planlægning, Kaaber et al., 2010, in Socialstyrelsen, Faglige
## pejlemærker, seed 000:L1136–1175; English translation ours); the "And who …" questions
## are steps of their own. The rest is the project's own wording.

hope-path-title = The Path of Hope
hope-path-description = From your goal to the first step: you picture the way to the goal together and agree on a sub-goal to get started on.

hope-path-start = Your goal
hope-path-halfway = Step 1: Halfway
hope-path-nearly = Step 2: Nearly there
hope-path-first = Step 3: The first step

hope-path-intro = The Path of Hope is three steps that can help break a goal into smaller steps.
    First you picture yourself halfway. Then nearly there. Last, we agree on the first step you will take – that becomes your sub-goal.
    You can skip any question.
    .note = The source says: "The { -staff } can help the citizen write down sub-goals and reflections from the talk."
        The first step is saved as a sub-goal that you can follow up in "Following up sub-goals".

hope-path-goal = What is your goal?
    .help = Write it in your own words – for example getting into education, finding a job or having more friends.
    .note = Make sure the goal is in the citizen's own words, and that it is a goal the citizen is motivated for.
    .short = The goal

hope-path-halfway-intro = Picture yourself halfway to your goal.
    Take your time. There are no wrong answers.
    .note = In step 1 the citizen pictures being halfway to the goal, for example of getting into education.
hope-path-steps-taken = What steps have you taken to get closer to your goal?
hope-path-hard-so-far = What has made it hard to work on the goal?
hope-path-support-then = What have you needed support with?
hope-path-supporters-then = And who has supported you?
    .help = One at a time. It can be family, friends, neighbours, your { -staff } or others.
hope-path-supporters-then-name = Who
hope-path-supporters-then-how = How they supported you

hope-path-nearly-intro = Now picture yourself close to having reached your goal.
    .note = In step 2 the citizen pictures being close to having reached the goal.
hope-path-last-step = What is the last step you take to reach your goal?
hope-path-hard-last = What could make it hard to take the last step?
hope-path-support-now = What do you need support with?
hope-path-supporters-last = And who should support you?
    .help = One at a time.
hope-path-supporters-last-name = Who
hope-path-supporters-last-how = How they should support you

hope-path-first-intro = Now back to today. What will you do first?
    .note = In step 3 the citizen commits to taking the first step towards the goal.
        The first step may well be small: a sub-goal the citizen can reach quickly and fairly easily can give a sense of success.
hope-path-first-step = What is the first step you need to take towards the goal?
    .help = Write it in your own words. It becomes your sub-goal, and we follow it up next time.
    .note = Sub-goals should be concrete and reachable within a foreseeable future.
    .short = The first step (sub-goal)
hope-path-first-how = How will you get the first step taken?
hope-path-supporters-first = Who should support you in taking the first step, and how should they support you?
    .help = One at a time.
hope-path-supporters-first-name = Who
hope-path-supporters-first-how = How they should support you

hope-path-closing = Thank you. When we finish, your first step is saved as a sub-goal.
    Next time we can talk about how it went, in "Following up sub-goals".
