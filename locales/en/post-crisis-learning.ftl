## Learning after a crisis. The nine questions trigger … next-time translate
## „Eksempler på spørgsmål til borgeren“ (Socialstyrelsen, Faglige pejlemærker).
## went-well-mastered and went-well-praise translate LA2 (a learning plan after an episode
## that was handled really well).

post-crisis-learning-title = Learning after a crisis
post-crisis-learning-description = A conversation after a crisis – or after a hard situation that went well – about what happened, what helped, and what we do next time.

post-crisis-learning-start = Before we begin
post-crisis-learning-what-happened = What happened
post-crisis-learning-support = What your { -staff } did
post-crisis-learning-you = What you did
post-crisis-learning-went-well = What went well
post-crisis-learning-ahead = From now on

post-crisis-learning-intro = We would like to talk about a hard situation you have been in – a crisis, or a situation that went well – so that together we can learn what helps.
    It is not about blame. Neither you nor your { -staff } is being judged.
    We can stop at any time and do the rest another day.
    .help = You can skip questions. You can also choose to talk with another { -staff }, or write something down on your own.
    .note = Be curious, not judgemental. Many people live with guilt and shame after a crisis; talking about it can be a relief.
        The citizen may choose a different { -staff } from the one who was there, or write alone.
        A short talk within hours and a fuller one within a week. Stop and come back later if it becomes too much.
post-crisis-learning-ready = Is this a good time to talk about it?
    .help = If you answer no, we save the conversation so you can carry on another day.
post-crisis-learning-what = What would you like to talk about?
    .help = You can also learn a lot from the times it went well.
    .note = After a crisis: the nine questions from the guide. After a challenging situation that was handled really well: LA2's question about what made the citizen master it.
post-crisis-learning-what-crisis = A crisis
post-crisis-learning-what-went-well = A situation that went well

post-crisis-learning-trigger = What was it that set off the crisis?
    .help = It can be an event, a situation or several things at once. You could think back a day or so.
post-crisis-learning-experience = What did you experience happening?
    .help = Tell it the way you experienced it. There is no right or wrong way.
    .note = You can also say how you experienced the situation yourself – without correcting the citizen's experience.

post-crisis-learning-support-helped = What did your { -staff } do that helped?
post-crisis-learning-support-worse = What did your { -staff } do that made the situation worse?
    .help = It is completely all right to say. It helps us do better next time.
    .note = Take the answer without defending yourself. This is learning, not an accusation.
post-crisis-learning-support-instead = What could your { -staff } have done instead?
post-crisis-learning-continue-now = Would you like to carry on now?
    .help = If it becomes too much, we can stop here and do the rest another day. If you answer no, the conversation is saved.
    .note = Watch whether the citizen becomes upset again. Better to stop too early than too late, and agree when you will carry on.

post-crisis-learning-own-actions = What did you do to cope with the situation?
    .help = Small things count too.
post-crisis-learning-own-effect = How did what you did work?
post-crisis-learning-other-times = Have you done anything else that worked well at other times?
post-crisis-learning-next-time = What will you do in similar situations in the future?

post-crisis-learning-went-well-situation = Which situation are you thinking of?
    .help = Say briefly what happened, and when. It may well be something that looked like a crisis but ended well.
post-crisis-learning-went-well-mastered = What made it possible for you to master this situation?
    .help = Small things count too: something you said, did or held back from.
    .note = Be curious about the citizen's own ways of acting. It strengthens the sense of being able to master hard situations.
post-crisis-learning-went-well-support = What did your { -staff } or others do that helped you?
post-crisis-learning-went-well-praise = It was really good that you …
    .help = Finish the sentence together – with what you did well.
    .note = Say concretely what the citizen did well, and write it in the citizen's words.
post-crisis-learning-went-well-again = What will you do again if a similar situation comes up?
    .help = It can go into your crisis plan, so that you and others remember it.

post-crisis-learning-revise-plan = Shall we look at the crisis plan together now?
    .help = What we have talked about can make your crisis plan better. We can also do it another day.
    .note = The crisis plan often needs adjusting after a crisis. Consider with the citizen whether to contact the local authority to plan a follow-up – for example if more flexible or intensive support is needed for a while.
