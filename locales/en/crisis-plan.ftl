## Crisis plan. The questions self-help, avoid, others-help, wishes, worked-before, not-working,
## where, if-admitted and agreements translate „Forslag til punkter i en kriseplan“
## (Socialstyrelsen, Faglige pejlemærker). The rest is the app's own wording.

crisis-plan-title = My crisis plan
crisis-plan-description = Your own plan for what helps if things get very hard – made together with your { -staff }.

crisis-plan-about = About the plan
crisis-plan-warning = Signs that a crisis is coming
crisis-plan-on-my-own = What I can do myself
crisis-plan-distraction = People and places that take my mind off things
crisis-plan-people = People I can ask for help
crisis-plan-professionals = Professionals and services I can contact
crisis-plan-safety = Safe surroundings
crisis-plan-reasons = What matters to me
crisis-plan-if-ill = If I become unwell
crisis-plan-keeping = Where is the plan kept?

crisis-plan-intro = A crisis plan is your plan for what can help you if things get very hard.
    We write it together – in your own words. You decide what goes in it.
    You can skip a question and come back to it another day.
    .help = It is good to make the plan while you are feeling reasonably well. It can always be changed.
    .note = Make the plan early on. Write the citizen's own words, and ask: “Shall we write it like that?”
        As the { -staff } you must know the plan and be able to act on it. The plan can be on paper or digital.
        Take several sessions if needed – there is no need to finish it all today.

crisis-plan-warning-signs = How can you tell yourself that a crisis is coming?
    .short = signs that a crisis is coming
    .help = Think of your thoughts, your feelings, your body and what you do. For example sleeping badly, pulling away from others, or having certain thoughts.
crisis-plan-others-notice = How can other people see that you are starting to feel unwell?
    .help = It may be something family, friends or your { -staff } have noticed.
    .note = Say what you have seen in the citizen before, too – and ask whether the citizen recognises it.
crisis-plan-avoid = Are there things you should avoid if a crisis is coming?
    .help = For example certain places, situations, people, alcohol or drugs.

crisis-plan-self-help = What can you do that works well for you?
    .short = what I can do myself
    .help = Small things count too: going for a walk, drinking a glass of water, listening to music, cleaning, or calling someone.
crisis-plan-worked-before = What has worked well before?
crisis-plan-not-working = What does not work?
    .help = It can be something you have tried yourself, or something others did that did not help.

crisis-plan-people-places = Which people and places can help take your mind off things?
    .help = For example a friend to have coffee with, a drop-in centre, the library, a community group or a walk in nature.

crisis-plan-contacts = Who can you ask for help when things are hard?
    .short = people you can call
    .help = Write their name, who they are to you (for example sister, friend or neighbour) and their phone number. You can add several.
    .note = Ask whether these people know they are in the plan, and whether the citizen allows you to contact them.
crisis-plan-contacts-name = Name
crisis-plan-contacts-relation = Relation
crisis-plan-contacts-phone = Phone
    .invalid = Write the phone number in digits. Spaces, +, brackets and hyphens are fine.
crisis-plan-others-help = What can others do that is a help to you?
    .help = You can also write what others should not do.
crisis-plan-wishes = What wishes do you have for help in a crisis?
    .help = For example who you would like help from, and what they should help with.

crisis-plan-professional-contacts = Which professionals and services can you contact?
    .short = professionals and services you can contact
    .help = For example your { -staff }, your doctor, the out-of-hours doctor (lægevagten: evenings, nights and weekends), community mental health services or a crisis service. Write the name, who it is (for example my doctor) and the phone number.
crisis-plan-professional-contacts-name = Name or place
crisis-plan-professional-contacts-role = Role
crisis-plan-professional-contacts-phone = Phone
    .invalid = Write the phone number in digits. Spaces, +, brackets and hyphens are fine.
crisis-plan-local-help = If you need help right away, you can contact your own doctor – or the out-of-hours doctor (lægevagten) in the evening, at night and at weekends – a psychiatric emergency room or a social crisis service (socialt akuttilbud).
    A social crisis service is open day and night. You can go there anonymously and without an appointment.
    Here are the numbers you can call:
    .note = The list is the team's local contacts. Check with the citizen that they are right, and add the citizen's own contacts to the list above.

crisis-plan-safe-surroundings = What can make your surroundings safer when things are hard?
    .help = For example someone else looking after something for you for a while, or not being alone.
    .note = Ask calmly and directly whether there is anything the citizen could harm themselves with – for example medication – and agree concretely who does what.

crisis-plan-reasons-for-living = What matters to you in your life – the things worth holding on to when times are hard?
    .help = It can be people, animals, dreams or things you look forward to. You can skip this.
    .note = What gives the citizen reasons for living. Let the citizen say it in their own words.

crisis-plan-where = Where would you like to be if you become unwell – at home, with family, with friends or in hospital?
    .help = You can choose several places. Afterwards you can write where you would rather be first.
    .note = Also ask who the citizen would like to be in touch with – and who not.
crisis-plan-where-home = At home
crisis-plan-where-family = With family
crisis-plan-where-friends = With friends
crisis-plan-where-hospital = In hospital
crisis-plan-where-other = Somewhere else
crisis-plan-where-who = With whom?
crisis-plan-where-else = Where would you like to be?
crisis-plan-where-order = Where would you rather be first – and where after that?
    .help = Say it in your own words, for example: “At home, otherwise at my sister's.” You can skip this if it does not matter.
crisis-plan-if-admitted = If you were admitted to hospital, what would you need others to take care of?
crisis-plan-agreements = Who should agreements be made with about help with, for example, children, pets, plants, bills?
    .help = Write who helps with what.
    .note = Agree it with the people concerned, and write their names and phone numbers in the plan.

crisis-plan-kept-where = Where should the plan be kept, so that you can find it yourself when you need it?
    .help = It can be on paper or digital – for example in an app, on the fridge or in a drawer.
    .note = The plan must be where the citizen can reach it – not in a back office where citizens never go. As the { -staff } you must know the plan too.
crisis-plan-on-card = What should be on your crisis card?
    .help = The crisis card is small and can be kept in your wallet or on your phone. Your name, 112 and the local crisis numbers are always on it. If you skip this, the signs of a crisis, what you can do yourself and the people you can call go on the card.
    .note = Others may see the card if the citizen loses it. Ask whether there is anything the citizen would rather not have on it.
crisis-plan-on-card-warning-signs = Signs that a crisis is coming
crisis-plan-on-card-self-help = What I can do myself
crisis-plan-on-card-people-places = People and places that take my mind elsewhere
crisis-plan-on-card-contacts = People I can call
crisis-plan-on-card-others-help = What others can do for me
crisis-plan-on-card-professional-contacts = Professionals and services I can contact
crisis-plan-on-card-reasons-for-living = What matters to me
crisis-plan-on-card-not-working = What does not work
crisis-plan-copy = May other people have a copy of your plan?
    .help = You decide, and you can always change your mind.
crisis-plan-copy-who = Who may have a copy?
    .help = For example your { -staff }, your family, your doctor – or the hospital if you are admitted.
    .note = Write exactly who the citizen has said yes to. The plan may only be passed on with the citizen's consent.
crisis-plan-review-when = When shall we look at the plan again?
    .help = For example in a month or in three months. We will also always look at it again after a crisis.
    .note = Agree a date. The plan should be adjusted after every crisis.
crisis-plan-closing = That was the last question. The plan is yours, and it can always be changed.
    Read it through together, and say if anything should be written differently.
