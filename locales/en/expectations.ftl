## Aligning expectations. The four points from Slagelse Municipality are quoted in the notes
## of important, wishes-goals, advice and expect-collaboration (Socialstyrelsen, seed
## 000:L4995–5007; English translation ours). The questions put to the citizen are the
## project's rewording into "you". The frame follows seeds 004:L383–384 and 002:L1250–1310.

expectations-title = Aligning expectations
expectations-description = What matters to you, and what you can expect of each other – when you start working together, and again along the way.

expectations-start = Before we begin
expectations-you = What matters to you
expectations-frame = How we work together
expectations-journal = Your information
expectations-again = Next time

expectations-intro = We are going to work together, and it has to make sense to you.
    So we will talk about what matters to you and what we can expect of each other.
    There are no right or wrong answers. You can skip any question, and we can come back to it later.
    .note = Take time to get to know the citizen, and feel free to tell them a little about yourself.
        Write the answers in the citizen's own words. Expectations change – come back to this conversation along the way.

expectations-important = What is important in your life?
    .help = It could be people, places, things you like doing, or something you want to look after.
    .note = In the source, the point reads: “What is important in the citizen's life?”
expectations-wishes-goals = What wishes and goals do you have?
    .help = Big dreams and small things both count.
    .note = In the source, the point reads: “What wishes and goals does the citizen have?”
expectations-advice = What good advice do you have for me about how I can best support you?
    .help = For example how you would like me to talk with you, what helps you, and what you do not like.
    .note = In the source, the point reads: “What good advice does the citizen have for the { -staff } about how the { -staff } can best support the citizen?”
expectations-expect-collaboration = What do you expect of our work together, of the support you get, and of yourself?
    .note = In the source, the point reads: “What expectations does the citizen have of the collaboration, the support and themselves?”

expectations-help-offered = What can you get help with from me?
    .note = Say concretely what help you can offer, and what is outside your job. Give examples.
expectations-expect-of-me = What can you expect of me?
    .help = For example that I come when we have agreed to meet, and tell you in good time if something changes.
expectations-expect-of-you = What do I expect of you – and is that all right with you?
    .note = Say your own expectations out loud, and ask whether the citizen recognises themselves in them.
expectations-place = Where would you most like us to meet?
    .help = You can choose more than one.
expectations-place-home = At my home
expectations-place-cafe = At a café
expectations-place-walk = On a walk or in a park
expectations-place-office = At the office
expectations-place-online = By video or phone
expectations-place-other = Somewhere else
expectations-place-else = Where else would you like to meet?
expectations-when-often = What time of day, and how often, suits you for us to meet?
expectations-who-attends = Who should be there when we have meetings?
    .help = For example a relative, a friend, or someone with their own experience of mental health difficulties.
    .note = Offer that the citizen can bring a relative or a peer if they wish.
expectations-resources = What are you good at that we can use in our work together?
    .help = It could be something you can do, something you know, or something that gives you energy.
expectations-good-collaboration = What matters most to you in working well together?

expectations-journal-sharing = What would you like us to do with your information when others ask?
    .help = This is about your records, and what we may tell, for example, your doctor, your caseworker or your family.
    .note = Be honest about when you are obliged to pass information on, even without consent – for example the duty to notify.
expectations-journal-sharing-agreed = You may share with the people we agree on here
expectations-journal-sharing-ask-first = Ask me first, every time
expectations-journal-sharing-only-duty = Only what you are obliged to share
expectations-journal-sharing-who = Who may we share with, and what may they be told?

expectations-revisit = When shall we talk about our expectations again?
    .help = For example in a month, or when something changes.
expectations-closing = Thank you. What we have talked about today is where our work together starts.
    It can always be changed – tell me if something does not suit you.
