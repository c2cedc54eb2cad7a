## The end of the collaboration. The source (Socialstyrelsen, recommendation 8.2, seed
## 000:L5216–5254) names what a closing conversation can go through but gives no questions
## for the citizen: every question here is the project's own wording. The places under
## advice-places are the source's list. The notes of intro and authority-cleared quote the
## source (English translation ours).

ending-title = Ending our work together
ending-description = We look back on the course and ahead to the time after it, and we mark that our work together is ending.

ending-start = Before we begin
ending-looking-back = Looking back
ending-ahead = The time after
ending-advice = If you need advice
ending-goodbye = Saying goodbye

ending-intro = Our work together is coming to an end. Today we look back on what we have worked on and what you have achieved.
    We will also talk about what you wish for from now on, and where you can get advice and support when we no longer meet.
    You can skip any question.
    .note = A citizen said: “I felt that the end of my work with my { -staff } was calm and quiet. At some point there just wasn't much more to work on. I had grown stronger and could manage more things myself.”
        Let the citizen speak first. Write the answers in the citizen's own words.

ending-course = What have we worked on in the time we have known each other?
    .help = Think back to what it was like when we started, and to what we have done together since.
ending-development = How have you changed since we started?
    .help = It could be things you can do now that were hard before, or something you see differently.
    .note = If you have used FIT or WHO-5, look at the results over time together in the citizen's history. The numbers are a place to start a conversation – the citizen's own experience counts most.
ending-proud = What are you most proud of?
ending-helped = What has helped you most in our work together?
ending-differently = Is there anything you would have liked to be different?
    .help = It is good to know – also for the { -staff } who will help others.
    .note = Take it in without explaining or defending yourself. Say thank you.

ending-wishes = What do you wish for in the future?
ending-goals = Which goals will you keep working on by yourself?
    .help = Write them in your own words. Small goals count too.
ending-has-coping-plan = Do you have a coping plan – a plan for what helps you hold on to what you have achieved?
    .note = If not, make one together before the collaboration ends: the dialogue “My coping plan”.
ending-has-crisis-plan = Do you have a crisis plan you can use if things get very hard?
    .note = If not, or if it is old, make or update it together: the dialogue “My crisis plan”.
ending-network = Who can you turn to for support when we no longer meet?
    .help = Write their name, who they are to you, and what they can help with. It could be family, friends, neighbours, a peer, or someone from a drop-in centre or a club.
    .note = Ask whether these people know the citizen is counting on them, and help the citizen get in touch if needed.
ending-network-name = Name
ending-network-relation = Who they are to me
ending-network-task = What they can help with

ending-advice-places = Where can you get advice and support when our work together is over?
    .help = Choose the ones you would use. You can choose more than one.
    .note = What is on offer differs from one municipality to the next. Find addresses and phone numbers together with the citizen.
ending-advice-places-open-advice = Open advice without a referral (Social Services Act § 82b), which you can seek out yourself
ending-advice-places-acute = A social emergency service (Social Services Act § 82c), which you can seek out yourself
ending-advice-places-drop-in = A local drop-in centre
ending-advice-places-volunteer = A voluntary organisation
ending-advice-places-user-org = A patients' or users' association
ending-advice-places-other = Somewhere else
ending-advice-else = Which other place?
ending-advice-details = Write down the names, addresses and phone numbers of the places you will use.
ending-authority-cleared = Have we made sure with the municipality that you can get advice after the course has ended?
    .note = The source says: “It must always be cleared with the authority before the citizen is offered advice after the course has ended.”

ending-marking = How would you like to mark the end of our work together?
    .help = It could be a cup of coffee, a trip somewhere, or simply saying a proper goodbye.
ending-last-words = Is there anything you would like to say before we finish?
ending-closing = Thank you for working with me. It has been good to get to know you.
    You have your plans and a list of where to get advice and support. Take good care of yourself.
