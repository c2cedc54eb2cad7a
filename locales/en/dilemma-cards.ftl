## Dilemmas and barriers (seed 004), in the project's own English.

dilemma-cards-title = Dilemma cards: what do you do?
dilemma-cards-description = One everyday dilemma at a time, chosen by principle or drawn at random: answer first, then see the guide's suggestions – for trainers and staff.

dilemma-cards-start = Choose a card
dilemma-cards-intro = Here are dilemmas and barriers you may meet when you work in a recovery-oriented way. You get one card at a time: read the situation, and write what you do. Only then does the card show the guide's suggestions.
    .note = Let the participant answer in their own words before you look at the suggestions. The suggestions are inspiration, not the only right answer – talk about where your answers are alike and where they differ.
dilemma-cards-how = How would you like to choose the card?
    .required = Choose whether to pick by principle or to draw a card, so that we know which card you get.
dilemma-cards-how-by-principle = By principle
dilemma-cards-how-random = Draw a card at random
dilemma-cards-principle = Which principle would you like to work with?
dilemma-cards-principle-p1 = Principle 1: Start from the citizens' hopes, wishes and dreams
dilemma-cards-principle-p2 = Principle 2: Focus on the citizens' resources
dilemma-cards-principle-p3 = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-principle-p4 = Principle 4: Meet the citizens with openness, trust and respect
dilemma-cards-principle-p5 = Principle 5: Help the citizens as early as possible
dilemma-cards-principle-p6 = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-principle-p7 = Principle 7: Follow up, so that the support is always the right one
dilemma-cards-card = Which dilemma would you like to take?
dilemma-cards-drawn = The card that was drawn
    .help = The card was drawn at random. If you would rather have another, you can choose it here.

dilemma-cards-cards-p1-dream = The citizen's dream seems hard to reach when you take the citizen's resources into account
dilemma-cards-cards-p1-risk = The citizen's wishes may put the citizen's wellbeing and health at risk, for example stopping treatment
dilemma-cards-cards-p1-wishes = The citizen has wishes that cannot be met, for example working with a particular support person, support outside the agreed times, or services that fall outside what the municipality can offer
dilemma-cards-cards-p2-energy = The citizen is going through a hard time and has no energy to take the initiative
dilemma-cards-cards-p2-resources = The citizen does not feel they have any resources when you ask about and try to find the resources there are
dilemma-cards-cards-p3-communities = The citizen does not feel able to be part of the communities they want to take part in
dilemma-cards-cards-p3-money = The citizen cannot afford to take part in the activities they want to take part in
dilemma-cards-cards-p3-welcome = You are unsure whether a local community is ready to welcome the citizen well
dilemma-cards-cards-p4-collaboration = The collaboration between you and the citizen is not working
dilemma-cards-cards-p4-belief = How much should you insist that the citizen can succeed, if the citizen does not believe it themselves
dilemma-cards-cards-p5-job = The citizen has difficulties that make it hard to keep their job
dilemma-cards-cards-p5-early = The citizen feels that help did not come early, because problems earlier in their life were not dealt with
dilemma-cards-cards-p6-partners = It is hard to bring the relevant partners together for the meetings
dilemma-cards-cards-p6-meetings = The citizen feels unsafe taking part in coordinating meetings where many people are present
dilemma-cards-cards-p6-knowledge = As the provider, you may lack knowledge of which kinds of support have been set in motion for the citizen
dilemma-cards-cards-p7-progress-fear = The citizen's progress makes the citizen afraid of losing their support
dilemma-cards-cards-p7-progress-seen = The citizen does not experience the same progress as you observe

dilemma-cards-p1-dream = Principle 1: Start from the citizens' hopes, wishes and dreams
dilemma-cards-p1-dream-answer = The citizen's dream seems hard to reach when you take the citizen's resources into account
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p1-dream-suggestions = The guide's suggestions:
    ✓ Believe in the citizen and that the citizen can reach their dream, even if you also see limits. Remember that the citizen is allowed to fail and is welcome to take chances. Be careful not to hold the citizen back from following their dreams in an attempt to shield them from possible defeats.
    ✓ Talk with the citizen about what support the citizen thinks it will take to reach their dream. The talk can give a picture of what is needed, partly from the citizen themselves, but also from the citizen's network and from others.
    ✓ Find out what help there is for the citizen, from the municipality, from peers or from the citizen's network. It might be help to contact an educational institution to hear what support there is for a citizen who wants to start an education.
    ✓ Offer the citizen to facilitate a dialogue with professionals, for example a study adviser if the citizen wants to start an education, who can explain what is expected and what it takes to follow that education.

dilemma-cards-p1-risk = Principle 1: Start from the citizens' hopes, wishes and dreams
dilemma-cards-p1-risk-answer = The citizen's wishes may put the citizen's wellbeing and health at risk, for example stopping treatment
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p1-risk-suggestions = The guide's suggestions:
    ✓ Offer your professional knowledge in a conversation with the citizen about the pros, cons and risks of the citizen's wish, so that the citizen can make an informed choice.
    ✓ Offer the citizen a talk with key people who know about it – for example a therapist or doctor, who can talk with the citizen about the possibilities and risks of stopping treatment, and about ways of working towards what the citizen wants.

dilemma-cards-p1-wishes = Principle 1: Start from the citizens' hopes, wishes and dreams
dilemma-cards-p1-wishes-answer = The citizen has wishes that cannot be met, for example working with a particular support person, support outside the agreed times, or services that fall outside what the municipality can offer
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p1-wishes-suggestions = The guide's suggestions:
    ✓ First and foremost, be curious about what lies behind the citizen's wish.
    ✓ Explore together with the citizen whether there are solutions that can meet the citizen's wish. If the citizen does not feel that the dialogue with the current support person is good, changing to another may be an option.

dilemma-cards-p2-energy = Principle 2: Focus on the citizens' resources
dilemma-cards-p2-energy-answer = The citizen is going through a hard time and has no energy to take the initiative
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p2-energy-suggestions = The guide's suggestions:
    ✓ Explore together with the citizen in which situations the citizen is comfortable taking the initiative, and when the citizen needs you to reach out more. Focus on how more of the situations where the citizen is comfortable taking the initiative can come about.
    ✓ Acknowledge that the citizen is going through a hard time, and make room for it being all right not to take the initiative in this situation.
    ✓ Talk with the citizen about whether they take part in services that do not feel relevant and meaningful. If needed, help the citizen to choose between the kinds of support and the activities that have been started.

dilemma-cards-p2-resources = Principle 2: Focus on the citizens' resources
dilemma-cards-p2-resources-answer = The citizen does not feel they have any resources when you ask about and try to find the resources there are
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p2-resources-suggestions = The guide's suggestions:
    ✓ Help the citizen to focus on the small resources, such as small successes in everyday life or good relationships. Involve people around the citizen in putting the citizen's resources into words – relatives, friends or housemates.
    ✓ Talk with the citizen about whether demands and expectations are more than the citizen has the energy for. Talk too about what you can do so that demands and expectations fit the citizen's energy better.
    ✓ Talk with the citizen about what gives energy and what takes energy. Together you can work on bringing in more of what gives energy.

dilemma-cards-p3-communities = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-p3-communities-answer = The citizen does not feel able to be part of the communities they want to take part in
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p3-communities-suggestions = The guide's suggestions:
    ✓ Talk with the citizen about which communities the citizen wants to be part of. You can also talk with the citizen about the values and the culture a community should have for the citizen to want to be part of it.
    ✓ Explore together with the citizen what stands in the way of taking part. Perhaps it is too far away, or perhaps the citizen does not feel welcome.
    ✓ Find out together with the citizen what support the citizen needs to be able to take part.
    ✓ Look into the possibility of company, open-house events or anything else that can make it easier to seek out a new community.

dilemma-cards-p3-money = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-p3-money-answer = The citizen cannot afford to take part in the activities they want to take part in
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p3-money-suggestions = The guide's suggestions:
    ✓ Look for other activities that meet the citizen's wish but cost less or are free.
    ✓ Look for ways to help the citizen or to apply for support to cover the costs of taking part, both the membership fee and any equipment.

dilemma-cards-p3-welcome = Principle 3: Involve the citizens' network and ordinary communities
dilemma-cards-p3-welcome-answer = You are unsure whether a local community is ready to welcome the citizen well
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p3-welcome-suggestions = The guide's suggestions:
    ✓ Visit the place and ask whether they have a plan for how they welcome new members. It might be an existing member who is ready to welcome the citizen the first few times and can help the citizen get off to a good start.
    ✓ Talk with the citizen and the place about how the citizen gets the best experience of the club or community. Focus on what the citizen can do themselves, and where the citizen needs help from others. You might support the citizen by having you, a volunteer or a peer worker go along the first few times, or by dropping by together to say hello at the start.
    ✓ Arrange a meeting between the citizen and a contact person from the club, where they meet and talk about the citizen's wishes and what the club can offer. Always have the citizen with you in the dialogue with the club, and agree with the citizen what you will tell about them.

dilemma-cards-p4-collaboration = Principle 4: Meet the citizens with openness, trust and respect
dilemma-cards-p4-collaboration-answer = The collaboration between you and the citizen is not working
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p4-collaboration-suggestions = The guide's suggestions:
    ✓ Talk with the citizen about how your collaboration feels, and what the citizen would wish for in the relationship from now on. The citizen may find it hard to give negative feedback. So pay attention to how you can create a conversation where it is safe to give feedback, whether it is positive or negative.
    ✓ Consider why the collaboration is not good. Talk with a colleague about the relationship and the collaboration, for example, and perhaps ask for good advice on how you can try to improve the relationship.
    ✓ Offer the citizen to take part in supervision together with you, with a view to finding a shared understanding and building a stronger foundation for the collaboration.
    ✓ Look into the possibility of another staff member taking over the collaboration, if the relationship cannot be improved, or if the citizen or you yourself want it.
    ✓ From the start, give the citizen a say in which staff members the citizen wants to work with.

dilemma-cards-p4-belief = Principle 4: Meet the citizens with openness, trust and respect
dilemma-cards-p4-belief-answer = How much should you insist that the citizen can succeed, if the citizen does not believe it themselves
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p4-belief-suggestions = The guide's suggestions:
    ✓ Acknowledge that the citizen lacks confidence and belief in themselves. At the same time, hold on to your belief in the citizen, and perhaps involve peers in the collaboration, who can show the citizen from their own experience that it is possible to recover.
    ✓ Talk about what it takes for the citizen to believe more in themselves. The citizen may need to be assured that you or someone from the citizen's network is ready with support when the next step towards a more independent life is to be taken.
    ✓ Focus on the progress the citizen has already made. It can give the citizen a belief that it is possible to manage with less support or without it.

dilemma-cards-p5-job = Principle 5: Help the citizens as early as possible
dilemma-cards-p5-job-answer = The citizen has difficulties that make it hard to keep their job
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p5-job-suggestions = The guide's suggestions:
    ✓ Assist the citizen in the dialogue with the workplace about the citizen's difficulties. The dialogue can help to create a mutual understanding between the citizen and the workplace, which can help to find solutions both sides are satisfied with.
    ✓ Find out together with the citizen whether concrete agreements can be made with the workplace that can help meet the citizen's difficulties. There may also be a need to involve the job centre, which can offer its help.

dilemma-cards-p5-early = Principle 5: Help the citizens as early as possible
dilemma-cards-p5-early-answer = The citizen feels that help did not come early, because problems earlier in their life were not dealt with
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p5-early-suggestions = The guide's suggestions:
    ✓ Acknowledge the citizen's experience that help did not come early. It is important that the citizen is heard and met in the situation.
    ✓ Be aware that the citizen's experience of not getting the support they needed earlier in life may mean that the citizen distrusts you as a representative of the municipality. Here you have an important task in making a special effort to rebuild the citizen's trust.

dilemma-cards-p6-partners = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-p6-partners-answer = It is hard to bring the relevant partners together for the meetings
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p6-partners-suggestions = The guide's suggestions:
    ✓ Work for the meetings to be planned well in advance, or else held online.
    ✓ Contact partners before a meeting, so that you can get their input if they cannot take part.

dilemma-cards-p6-meetings = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-p6-meetings-answer = The citizen feels unsafe taking part in coordinating meetings where many people are present
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p6-meetings-suggestions = The guide's suggestions:
    ✓ Talk about what can help the citizen feel safer in the meeting. It may help if the citizen brings someone from their network, or if you meet on neutral ground, for example at the library or the local volunteer centre.
    ✓ Talk with the citizen before the meeting about what the meeting is about, and how you can help the citizen say the things they want to bring up. You can also encourage the chair of the meeting to take particular care to make the citizen feel safe in expressing wishes and experiences.
    ✓ Perhaps hold several meetings with fewer people, as that can make it easier for the citizen to speak at the meetings.

dilemma-cards-p6-knowledge = Principle 6: Work in a coordinated way with the citizens' whole life situation
dilemma-cards-p6-knowledge-answer = As the provider, you may lack knowledge of which kinds of support have been set in motion for the citizen
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p6-knowledge-suggestions = The guide's suggestions:
    ✓ Ask the citizen which kinds of support are under way, and talk about how best to coordinate them and make them fit together.
    ✓ Contact the caseworker at the authority to clear up who is to coordinate, if many kinds of support run at the same time.

dilemma-cards-p7-progress-fear = Principle 7: Follow up, so that the support is always the right one
dilemma-cards-p7-progress-fear-answer = The citizen's progress makes the citizen afraid of losing their support
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p7-progress-fear-suggestions = The guide's suggestions:
    ✓ Talk with the citizen about progress being positive, but that it is natural at the same time to worry whether one is allowed to be well while getting help. You can also remind the citizen that you focus on the citizen's resources in your collaboration precisely because it is important to build on what goes well, but that you are also aware of the challenges.
    ✓ Talk openly with the citizen about how you see the citizen's progress, so that the citizen knows what you think of what you see. Talk too about how the citizen's development may mean that the support should be thought of differently, but not necessarily reduced before the citizen is ready for it.
    ✓ Encourage the citizen to talk with peers or others with whom the citizen can be anonymous. It can help to hear others' experiences of support being reduced or ending as one gets better. Talk with the citizen too about how any change to less support can best happen, so that it feels safe. You can, for example, tell the citizen what possibilities there are to apply for support again or to join open services if needed.

dilemma-cards-p7-progress-seen = Principle 7: Follow up, so that the support is always the right one
dilemma-cards-p7-progress-seen-answer = The citizen does not experience the same progress as you observe
    What do you do?
    .help = Write what you would do or say. The guide's suggestions are shown once you have answered.
dilemma-cards-p7-progress-seen-suggestions = The guide's suggestions:
    ✓ Make sure that the information gathered about the citizen's progress is described systematically, so that you can show a 'before' and 'after' picture.
    ✓ Be curious about where your experience and the citizen's differ, if they do.

dilemma-cards-after = Afterwards
dilemma-cards-takeaway = What do you take with you from the card?
    .help = For example something you want to try, or something you want to talk about with your colleagues.
