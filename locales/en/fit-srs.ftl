## FIT: How our work together went today. Own wording after the SRS domains; not the official SRS text.
## The collaboration and the methods are scored – never the staff member as a person.

fit-srs-title = FIT: How our work together went today
fit-srs-description = Four scales about today's collaboration – for the end of a conversation.

fit-srs-collaboration = Our work together today
fit-srs-sharing = Who may see it?

fit-srs-intro = To finish, we would like to hear how our work together went today.
    It is about the way we work together – not about judging your { -staff } as a person.
    Your answers help us do better for you.
    .help = There are no right or wrong answers. Low numbers are just as useful as high ones. You can skip a question.
    .note = Talk about the numbers; they are the start of a conversation, not a verdict. Take the feedback without defending yourself – low numbers are useful knowledge.
        The questions are the app's own wording after the SRS domains. The official SRS text is copyright (© Scott D. Miller & Barry Duncan) and is not used here.

fit-srs-relationship = Did you feel seen, heard and respected in our work together today?
    .help = Think of whether you got to say what you wanted, and whether you were taken seriously.
        0 is not at all, 10 is completely.
    .min = Not at all
    .max = Completely
fit-srs-goals = Did we talk about and work on what mattered to you today?
    .help = Think of whether we spent the time on what you wanted.
        0 is not at all, 10 is completely.
    .min = Not at all
    .max = Completely
fit-srs-approach = Did the way we worked today suit you?
    .help = This can be the way we talked together, or a method we used – for example a plan, a form or a way of talking.
        0 is not at all, 10 is completely.
    .min = Not at all
    .max = Completely
    .note = This scores the method and the way of working, not you as { -staff }.
fit-srs-overall = All in all: was today's conversation good for you?
    .help = Think of all of it: did you get something out of it?
        0 is not at all, 10 is completely.
    .min = Not at all
    .max = Completely
fit-srs-comment = Is there anything you want to say about your numbers today – or anything we should do differently next time?
    .help = Write in your own words, or skip.

fit-srs-share = May some of this be shared with your team?
    .help = Your answers are confidential to begin with. They are only shared with your team if you say yes.
    .note = Share only what the citizen has agreed to. Tell the citizen what will be done with the feedback.
fit-srs-share-no = No, it stays between us
fit-srs-share-yes = Yes, it may be shared with my team
fit-srs-share-some = Some of it
fit-srs-share-what = What may be shared with your team?
    .help = Write what the team may know. The rest stays between us.

fit-srs-total = Total
fit-srs-result = Total: { $total }/40

fit-srs-below-36 = Total below 36. In FIT this is a sign that the collaboration is worth talking about – not a verdict. Ask with curiosity: what could make the collaboration better for you?
fit-srs-item-below-9 = At least one question scored below 9. You could talk about that one: what was missing, and what could we do differently?
fit-srs-dropped = The total has dropped by 1 point or more since last time. A good moment to talk about what has changed in the collaboration.
