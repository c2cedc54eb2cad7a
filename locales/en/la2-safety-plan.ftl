## LA2 safety plan (red). The source (Tuesten Huse, VIVE/SUS 2021, seed 001:L6391–6432)
## describes the plan about "the citizen"; the questions are adapted to "you", each step
## with its source in the .ron file's source. The triggers are the source's examples
## (English translation ours). The rest is the project's own wording.

la2-safety-plan-title = My safety plan (LA2, red)
la2-safety-plan-description = What can make a situation come to a head for you, how you experience it, and how we can best support you when it happens.

la2-safety-plan-start = About the plan
la2-safety-plan-pressure = What puts pressure on me
la2-safety-plan-inside = How I experience it
la2-safety-plan-outside = How you can see it
la2-safety-plan-support = How you support me best
la2-safety-plan-keeping = The plan

la2-safety-plan-intro = The safety plan is about the situations where things become too much and come to a head.
    We write down what can set it off, how you experience it yourself, and how we can best support you.
    You are the one who knows most about what helps. You can skip any question, and we can stop at any time.
    .note = Make the plan early – ideally shortly before or after moving in – and make it together with the citizen.
        It is a shared, exploring conversation based on the citizen's experiences. Write the citizen's own words.
        Some citizens fear what the information will be used for. Be honest about what the plan is used for.

la2-safety-plan-triggers = From experience, what can make a situation come to a head for you?
    .short = what can set it off
    .help = Choose all that fit. You can say more on the next page.
la2-safety-plan-triggers-changes = Changes, and changes to my routines
la2-safety-plan-triggers-new-people = New people
la2-safety-plan-triggers-money = Money problems
la2-safety-plan-triggers-family = Family matters
la2-safety-plan-triggers-missing-friends = Missing my friends
la2-safety-plan-triggers-lonely = Feeling lonely
la2-safety-plan-triggers-demands = Too many demands
la2-safety-plan-triggers-other = Something else
la2-safety-plan-triggers-more = Tell me more about what can set it off – including what is not on the list.
la2-safety-plan-strains = Where do your basic strains lie, and what can happen from outside that puts pressure on you?

la2-safety-plan-experience = How do you experience it yourself when things come to a head?
la2-safety-plan-i-do = What do you do when you are under pressure, or a situation comes to a head?
    .short = what I do myself
    .help = Write it the way you would say it. For example: “I withdraw into myself. I can get angry.”

la2-safety-plan-staff-sees = How can we see that things are getting really hard for you?
    .short = how you can see it is hard
    .note = Say what you and your colleagues have seen, and ask whether the citizen recognises it.
la2-safety-plan-our-part = Is there anything we do that can add to the pressure on you?
    .note = Ask honestly and take the answer in. At Tuesten Huse staff ask themselves: “Have we played a part in how xx ended up here?”

la2-safety-plan-best-support = From your experience, how can we best support you?
la2-safety-plan-staff-do = What should we do when things come to a head?
    .short = what you should do
    .help = An example from another plan: “Offer medication as needed, offer a talk, be relaxed around me, act as usual.” Someone else wrote: “Visit me in my flat often – short little visits”.
la2-safety-plan-staff-avoid = What should we not do?
la2-safety-plan-calms = What helps you calm down again?
    .short = what helps me calm down

la2-safety-plan-review-when = When shall we look at the plan again?
    .help = The plan can be changed when you have found new ways of coping, or when something else has changed.
la2-safety-plan-share = May we pass the plan on if it becomes necessary?
    .help = For example if you are admitted to a psychiatric ward, move to another service, or to your relatives.
    .note = The plan is passed on only with the citizen's permission. Also say where the plan is kept and which staff can read it.
la2-safety-plan-share-no = No, it stays with the staff who work with me
la2-safety-plan-share-yes = Yes, if it becomes necessary
la2-safety-plan-share-some = Only part of it, or only to some people
la2-safety-plan-share-what = What may we pass on, and to whom?
la2-safety-plan-closing = Thank you. Now we have your safety plan. We will use it to support you as well as we can, and we will look at it again together.
